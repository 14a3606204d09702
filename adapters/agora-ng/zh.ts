/**
 * Chinese text of the agora-ng catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * Rows documented on the Chinese error-code page (seed 003) keep its wording; the rest are
 * translations of the English catalog text.
 * @module
 */
import type { LocalePack, LocalizedText } from '../../src/index.js';

const NO_REMEDY = '文档未给出处理方法；请查看 detail 中的具体提示。';

const entries: Record<string, LocalizedText> = {
  // AgoraRTCErrorCode
  UNEXPECTED_ERROR: [
    '无法处理的、非预期的错误，通常这个错误会有具体的错误提示。',
    `${NO_REMEDY}如持续发生，请附 SDK 日志联系 Agora。`,
  ],
  UNEXPECTED_RESPONSE: [
    '服务端返回了非预期的响应。',
    '请根据 detail 中的服务端原因（Token、App ID、封禁等）处理后重试。',
  ],
  PB_ERROR: ['SDK 无法解析服务端返回的（protobuf）响应。', '请重试；如持续发生，请附 SDK 版本联系 Agora。'],
  TIMEOUT: ['SDK 内部等待超时。', '请检查网络后重试该操作。'],
  INVALID_PARAMS: ['非法参数。', '根据具体提示确认操作，并根据文档传入正确的参数。'],
  NOT_READABLE: [
    '无法读取媒体设备（NotReadableError），设备可能正被其他应用占用。',
    '请让用户关闭占用摄像头或麦克风的其他应用后重试。',
  ],
  NOT_SUPPORTED: ['浏览器不支持。', '参考浏览器支持情况，使用 Web SDK 支持的浏览器。'],
  INVALID_OPERATION: [
    '非法操作，通常是因为在当前状态不能进行该操作。',
    '确认操作的先后顺序，比如发布前请确认已经加入频道。',
  ],
  OPERATION_ABORTED: [
    '操作中止，通常是因为网络质量差或连接断开导致与 Agora 服务器通信失败。',
    '无需重试：操作已被取消，通常是应用自己调用了 leave()（文档建议重试，但 SDK 在 leave() 取消请求时抛出它）。',
  ],
  WEB_SECURITY_RESTRICT: ['浏览器安全策略限制。', '请确保 Web 页面运行在安全环境（HTTPS 或 localhost）中。'],
  EXCHANGE_SDP_FAILED: ['与服务器交换 SDP 失败。', '请重新加入频道；如持续发生，请检查 UDP 和防火墙设置。'],
  ADD_CANDIDATE_FAILED: [
    '向 PeerConnection 添加远端 ICE candidate 失败。',
    '请重新加入频道；如持续发生，请检查 UDP 和防火墙设置。',
  ],
  DATACHANNEL_FAILED: ['PeerConnection 上的数据通道操作失败。', '请重试；如数据通道持续失败，请重新加入频道。'],
  NETWORK_ERROR: ['无法定位的网络错误。', '请检查网络连接，待网络恢复后重试。'],
  NETWORK_TIMEOUT: [
    '请求超时，通常是因为网络质量差或连接断开导致与 Agora 服务器通信失败。',
    '通过 network-quality 回调确认本地网络状况，并重试该操作。',
  ],
  NETWORK_RESPONSE_ERROR: ['响应错误，一般是状态码非法。', '确认操作的参数是否正确，并根据文档传入正确的参数。'],
  API_INVOKE_TIMEOUT: ['SDK 的 API 调用未能按时完成。', '请检查网络后重试该调用。'],
  ENUMERATE_DEVICES_FAILED: [
    '枚举本地设备失败，一般是由于浏览器限制。',
    `${NO_REMEDY}可重试，并确认页面有权限获取设备列表（权限、安全环境）。`,
  ],
  DEVICE_NOT_FOUND: ['无法找到指定设备。', '传入正确的设备 ID。'],
  ELECTRON_IS_NULL: [
    '请求 Electron 屏幕采集，但 Electron 模块不可用。',
    '请在可使用 desktopCapturer 模块的 Electron 环境中共享屏幕，或改用浏览器的屏幕共享。',
  ],
  ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR: [
    'Electron 的 desktopCapturer 无法获取屏幕源列表。',
    '请检查 Electron 版本及其屏幕采集权限后重试。',
  ],
  CHROME_PLUGIN_NO_RESPONSE: ['Chrome 屏幕共享插件无响应。', '确认 Chrome 屏幕共享插件的状态或重新安装屏幕共享插件。'],
  CHROME_PLUGIN_NOT_INSTALL: ['Chrome 屏幕共享插件没有安装。', '安装 Chrome 屏幕共享插件。'],
  MEDIA_OPTION_INVALID: ['不支持的媒体采集的参数。', '修改媒体采集参数或使用 SDK 预设的配置。'],
  PERMISSION_DENIED: ['获取媒体设备权限被拒绝。', '在弹出的获取设备权限窗口中选择“允许”。'],
  CONSTRAINT_NOT_SATISFIED: ['不支持的媒体采集的参数。', '修改媒体采集参数或使用 SDK 预设的配置。'],
  TRACK_IS_DISABLED: [
    '轨道被禁用，通常因为轨道设置了 Track.setEnabled(false)。',
    '对该轨道调用 Track.setEnabled(true) 后再进行操作。',
  ],
  GET_VIDEO_ELEMENT_VISIBLE_ERROR: [
    'SDK 无法判断 <video> 标签是否可见。',
    '请确保轨道正在页面中的元素里播放，然后再查询。',
  ],
  SHARE_AUDIO_NOT_ALLOWED: [
    '屏幕共享音频时终端用户没有点击“分享音频”。',
    '要求终端用户在弹出的屏幕共享窗口中勾选“分享音频”。',
  ],
  LOW_STREAM_ENCODING_ERROR: ['小流（双流）编码失败。', '继续使用单流，或稍后重试开启双流。'],
  SET_ENCODING_PARAMETER_ERROR: ['设置发送端编码参数失败。', '请换一种编码配置重试；如持续发生，请附浏览器版本反馈。'],
  TRACK_STATE_UNREACHABLE: [
    '轨道无法达到所请求的状态（例如在静音时调用 setEnabled）。',
    '请按 SDK 要求的顺序取消静音或启用轨道后重试。',
  ],
  FETCH_AUDIO_FILE_FAILED: ['下载在线音频文件失败。', '填入正确的在线音频地址，并确保可以正常访问。'],
  READ_LOCAL_AUDIO_FILE_ERROR: ['读取本地音频文件失败。', '填入正确的本地音频文件路径。'],
  DECODE_AUDIO_FILE_FAILED: [
    '音频文件解码失败，可能是因为音频文件的编码格式是浏览器 WebAudio 不支持的编码格式。',
    '检查浏览器 WebAudio 是否支持音频文件的编码格式。',
  ],
  INVALID_UINT_UID_FROM_STRING_UID: ['String UID 分配服务返回了非法的 int UID。', '使用不同的 UID 进入频道。'],
  CAN_NOT_GET_PROXY_SERVER: ['无法获取云代理服务地址。', `${NO_REMEDY}请检查云代理设置和网络后重试。`],
  CAN_NOT_GET_GATEWAY_SERVER: ['无法获取 Agora 服务器地址。', `${NO_REMEDY}SDK 标记可重试时请退避重试。`],
  VOID_GATEWAY_ADDRESS: ['接入服务未返回网关地址。', '请退避重试；如持续发生，请检查防火墙和网络。'],
  UID_CONFLICT: ['同一个频道内 UID 重复。', '使用不同的 UID 进入频道。'],
  MULTI_UNILBS_RESPONSE_ERROR: [
    'SDK 无法解析接入服务（multi unilbs）的响应。',
    '请退避重试；如持续发生，请联系 Agora。',
  ],
  UPDATE_TICKET_FAILED: ['向接入服务更新票据失败。', '请查看 detail；如连接未恢复，请重新加入频道。'],
  TOKEN_EXPIRE: ['Token 已过期（dynamic key expired）。', '请从业务服务器获取新的 Token 并用它重新加入频道。'],
  INVALID_LOCAL_TRACK: ['传入了非法的 LocalTrack。', '检查传入的 Track，并传入正确的 LocalTrack。'],
  INVALID_TRACK: ['传入的轨道类型不符（例如不是音频或视频轨道）。', '请传入该方法要求类型的轨道。'],
  SENDER_NOT_FOUND: ['在 PeerConnection 上找不到该轨道的 RTP 发送端。', '请取消发布后重新发布该轨道。'],
  CREATE_OFFER_FAILED: [
    '创建 SDP offer 失败（浏览器可能缺少编解码器）。',
    '请用 AgoraRTC.checkSystemRequirements() 检查浏览器兼容性，或更换编解码器。',
  ],
  SET_ANSWER_FAILED: ['应用服务器的 SDP answer 失败。', '请重新加入频道；如持续发生，请更换编解码器。'],
  ICE_FAILED: [
    'ICE 连通失败：与服务器之间没有可用的媒体通路。',
    '请重新加入频道；检查 UDP、TURN 和防火墙设置，或开启云代理。',
  ],
  PC_CLOSED: ['PeerConnection 已关闭。', '请重新加入频道或重新发布。'],
  SENDER_REPLACE_FAILED: ['替换 RTP 发送端的轨道失败。', '请取消发布后改为发布新轨道。'],
  GET_LOCAL_CAPABILITIES_FAILED: ['无法获取本地 RTP 能力。', '请检查浏览器兼容性并重新加入频道。'],
  GET_LOCAL_CONNECTION_PARAMS_FAILED: [
    '无法获取本地连接参数（ICE/DTLS）。',
    '请重新加入频道；如持续发生，请检查浏览器兼容性。',
  ],
  SUBSCRIBE_FAILED: ['服务端订阅失败。', '请重新订阅，并确认远端用户仍在发布。'],
  UNSUBSCRIBE_FAILED: ['取消订阅失败。', '请重试取消订阅；也可以直接离开频道。'],
  GATEWAY_P2P_LOST: ['与网关之间的媒体连接已断开。', '请等待 SDK 自动重连；如未恢复，请重新加入频道。'],
  NO_ICE_CANDIDATE: [
    '无法收集到任何 ICE candidate。',
    '请检查网卡、浏览器隐私设置（mDNS）和防火墙；必要时开启云代理。',
  ],
  CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS: [
    '一个 Client 发布多个视频轨道。',
    '一个 Client 同一时间只能发布一个视频轨道，如果想发布多个视频轨道请创建多个 Client。',
  ],
  EXIST_DISABLED_VIDEO_TRACK: ['该 Client 上已发布了一个被禁用的视频轨道。', '请先启用或取消发布被禁用的视频轨道。'],
  INVALID_REMOTE_USER: [
    '非法的远端用户，可能是远端用户不在频道内或还未发布任何媒体轨道。',
    '收到 user-published 事件后再进行订阅操作。',
  ],
  REMOTE_USER_IS_NOT_PUBLISHED: [
    '远端用户已发布了音频或视频轨道，但与你的订阅操作所指定的类型不符。',
    '请确保订阅操作传入的轨道类型与 user-published 事件给出的类型一致，或者在订阅前通过 AgoraRTCRemoteUser.hasVideo 和 AgoraRTCRemoteUser.hasAudio 确认远端用户是否发布了该类型的轨道。',
  ],
  CUSTOM_REPORT_SEND_FAILED: ['发送自定义上报（sendCustomReportEvent）失败。', '请稍后重试，并检查网络。'],
  CUSTOM_REPORT_FREQUENCY_TOO_HIGH: ['自定义上报发送过于频繁。', '请降低自定义上报的频率。'],
  WS_ABORT: [
    '请求 Agora 服务器过程中 WebSocket 断开。',
    '监听 connection-state-change 事件，待连接状态变为 CONNECTED 后重试。',
  ],
  WS_DISCONNECT: [
    '请求 Agora 服务器前，WebSocket 就已经断开。',
    '监听 connection-state-change 事件，待连接状态变为 CONNECTED 后重试。',
  ],
  WS_ERR: ['WebSocket 连接发生错误。', '检查当前浏览器对 WebSocket 的支持情况，以及可能拦截它的防火墙或代理。'],
  EXTERNAL_SIGNAL_ABORT: ['通过外部信令通道发出的请求被中止。', '无需重试：请求是通过应用传入的信号中止的。'],
  LIVE_STREAMING_TASK_CONFLICT: [
    '推流任务已经存在。',
    '先调用 Client.stopLiveStreaming 停止该推流任务再重新进行推流操作。',
  ],
  LIVE_STREAMING_INVALID_ARGUMENT: ['推流参数错误。', '参考 Client.startLiveStreaming 的 API 文档检查推流操作的参数。'],
  LIVE_STREAMING_INTERNAL_SERVER_ERROR: ['推流服务器内部错误。', '重新进行推流操作，如果仍然失败，刷新页面重试。'],
  LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED: ['推流 URL 被占用。', '检查填入的 URL 是否被占用。'],
  LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED: [
    '未开启转码时设置了转码参数。',
    '开始推流时开启转码，或不要设置转码参数。',
  ],
  LIVE_STREAMING_CDN_ERROR: ['推流的目标 CDN 出现错误导致推流失败。', '确认目标 CDN 的健康状况。'],
  LIVE_STREAMING_INVALID_RAW_STREAM: ['推流超时。', '确认目标流是否存在。'],
  LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT: ['推流的 URL 数量超过上限（10 个）。', '请减少推流的 URL 数量。'],
  LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE: ['转码的背景图或水印图片加载失败。', '请检查图片地址及其格式。'],
  LIVE_STREAMING_WARN_FREQUENT_REQUEST: ['推流请求过于频繁。', '请降低推流请求的频率。'],
  WEBGL_INTERNAL_ERROR: [
    'SDK 内部 WebGL 出错（视频渲染或处理）。',
    '请确认 WebGL 可用且已开启硬件加速，或关闭依赖它的功能。',
  ],
  BEAUTY_PROCESSOR_INTERNAL_ERROR: ['美颜处理器内部出错。', '请关闭美颜；如持续发生，请附浏览器版本反馈。'],
  CROSS_CHANNEL_WAIT_STATUS_ERROR: [
    '等待 "channel-media-relay-state" 回调出错。',
    '请检查转发配置和网络后重新开始跨频道转发。',
  ],
  CROSS_CHANNEL_FAILED_JOIN_SRC: [
    '发起跨频道转发媒体流请求失败。',
    '请检查转发配置中源频道的频道名、uid 和 Token 后重新开始转发。',
  ],
  CROSS_CHANNEL_FAILED_JOIN_DEST: [
    '接受跨频道转发媒体流请求失败。',
    '请检查转发配置中目标频道的频道名、uid 和 Token 后重新开始转发。',
  ],
  CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST: ['服务器接收跨频道转发媒体流失败。', '请重新开始转发，并检查目标频道。'],
  CROSS_CHANNEL_SERVER_ERROR_RESPONSE: ['服务器响应出错。', '请查看 detail，稍后重新开始转发。'],
  METADATA_OUT_OF_RANGE: ['元数据（metadata）超过 1024 字节。', '请发送不超过 1024 字节的元数据。'],
  LOCAL_AEC_ERROR: [
    '本地回声消除（processExternalMediaAEC）失败。',
    '请检查传入的媒体元素；如持续失败，请关闭本地回声消除。',
  ],
  INVALID_PLUGIN: ['传入的插件或扩展无效。', '请注册适用于当前 SDK 版本的插件。'],
  DISCONNECT_P2P: ['请求未完成时媒体连接已断开。', '请在连接稳定后重试该操作。'],
  CONVERTING_IMAGEDATA_TO_BLOB_FAILED: ['将 ImageData 转换为 Blob 失败。', '请重试，并检查画布和图片尺寸。'],
  CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED: ['将视频帧转换为 Blob 失败。', '请在视频轨道播放后重试。'],
  INIT_DATACHANNEL_TIMEOUT: ['初始化信令数据通道超时。', '请重试加入频道；SDK 会回退到 WebSocket 信令。'],
  CREATE_DATACHANNEL_ERROR: ['创建数据通道失败。', '请重试；如数据通道持续失败，请重新加入频道。'],
  DATACHANNEL_CONNECTION_TIMEOUT: ['数据通道未能按时连接。', '请重试，并检查 UDP 和防火墙设置。'],
  PROHIBITED_OPERATION: [
    '该操作被下发给本项目的配置禁止（例如 setArea）。',
    '请不要在本项目中调用该 API，或请 Agora 修改项目配置。',
  ],
  IMAGE_MODERATION_UPLOAD_FAILED: ['上传内容审核图片失败。', '请检查内容审核配置；SDK 会在下个周期再次上传。'],
  P2P_MESSAGE_FAILED: ['通过媒体连接发送的信令请求失败。', '请在连接稳定后重试该操作。'],

  // ConnectionDisconnectedReason
  'ConnectionDisconnectedReason.NETWORK_ERROR': [
    '连接断开：网络异常，经过重试后不可恢复。',
    '请等待网络恢复后重新加入频道。',
  ],
  'ConnectionDisconnectedReason.SERVER_ERROR': [
    '连接断开：服务端返回出现异常，通常是因为集成过程中参数有误。',
    '请检查加入频道的参数后重新加入频道。',
  ],
  'ConnectionDisconnectedReason.UID_BANNED': [
    '连接断开：当前用户被踢出（封禁）。',
    '请告知用户已被封禁，不要自动重新加入。',
  ],
  'ConnectionDisconnectedReason.IP_BANNED': [
    '连接断开：当前 IP 被踢出（封禁）。',
    '请告知用户其网络已被封禁，不要自动重新加入。',
  ],
  'ConnectionDisconnectedReason.CHANNEL_BANNED': [
    '连接断开：当前频道被禁用。',
    '请告知用户该频道已被封禁，不要自动重新加入。',
  ],
  'ConnectionDisconnectedReason.FALLBACK': ['为回退到其他连接模式而断开连接。', '无需处理，SDK 会以回退模式重新连接。'],
  'ConnectionDisconnectedReason.LICENSE_MISSING': [
    '连接断开：未上报 License 字段。',
    '请在加入频道前设置有效的 License。',
  ],
  'ConnectionDisconnectedReason.LICENSE_EXPIRED': ['连接断开：License 已过期仍然登录。', '请续期 License 后重新加入。'],
  'ConnectionDisconnectedReason.LICENSE_MINUTES_EXCEEDED': [
    '连接断开：License 使用分钟数超过限制。',
    '请扩充 License 后重新加入。',
  ],
  'ConnectionDisconnectedReason.LICENSE_PERIOD_INVALID': [
    '连接断开：License 使用时间段不合法。',
    '请检查 License 的有效期。',
  ],
  'ConnectionDisconnectedReason.LICENSE_MULTIPLE_SDK_SERVICE': [
    '连接断开：同一时间相同 License 存在于不同设备。',
    '请为每台设备使用单独的 License。',
  ],
  'ConnectionDisconnectedReason.LICENSE_ILLEGAL': ['连接断开：License 不合法。', '请设置有效的 License 后重新加入。'],
  'ConnectionDisconnectedReason.TOKEN_EXPIRE': [
    '连接断开：当前用户的 Token 已过期。',
    '请从业务服务器获取新的 Token 并用它重新加入频道。',
  ],
  'ConnectionDisconnectedReason.FALLBACK_TO_HLS': ['为回退到 HLS 播放而断开连接。', '无需处理，播放将通过 HLS 继续。'],
  'ConnectionDisconnectedReason.UID_CONFLICT': [
    '连接断开：另一个用户使用相同的 UID 加入了频道。',
    '请为每个用户分配不同的 UID；仅使用其他 UID 重新加入。',
  ],

  // exception event
  'exception.FRAMERATE_INPUT_TOO_LOW': ['视频采集帧率过低。', '请检查摄像头（光线、是否被其他应用占用）和 CPU 负载。'],
  'exception.FRAMERATE_SENT_TOO_LOW': ['视频发送帧率过低。', '请检查 CPU 负载和上行网络；可考虑降低视频档位。'],
  'exception.SEND_VIDEO_BITRATE_TOO_LOW': [
    '视频发送码率过低（没有发送任何数据）。',
    '请检查上行网络；如未恢复，请重新发布视频轨道。',
  ],
  'exception.RECV_VIDEO_DECODE_FAILED': ['接收视频解码失败。', '请等待恢复；如未恢复，请重新订阅远端视频。'],
  'exception.AUDIO_INPUT_LEVEL_TOO_LOW': [
    '发送音量过低（麦克风采集到的是静音）。',
    '请让用户检查麦克风、系统音量和静音开关。',
  ],
  'exception.AUDIO_OUTPUT_LEVEL_TOO_LOW': ['接收音量过低。', '请检查远端用户的麦克风，并等待恢复。'],
  'exception.SEND_AUDIO_BITRATE_TOO_LOW': [
    '音频发送码率过低（没有发送任何数据）。',
    '请检查上行网络；如未恢复，请重新发布音频轨道。',
  ],
  'exception.VIDEO_ENCODE_FAILED': [
    '视频编码失败：有采集帧但没有发送任何数据。',
    '请降低视频档位（SDK 可能会自动降低）或关闭其他高负载任务。',
  ],
  'exception.RECV_AUDIO_DECODE_FAILED': ['接收音频解码失败。', '请等待恢复；如未恢复，请重新订阅远端音频。'],

  // channel media relay
  'ChannelMediaRelayError.SERVER_CONNECTION_LOST': [
    '和跨频道媒体流转发服务断开连接。',
    '请检查网络后重新开始跨频道转发。',
  ],
  'ChannelMediaRelayError.SRC_TOKEN_EXPIRED': [
    '跨频道转发：源频道的 Token 已经过期。',
    '请为源频道生成新的 Token 并更新转发配置。',
  ],
  'ChannelMediaRelayError.DEST_TOKEN_EXPIRED': [
    '跨频道转发：目标频道的 Token 已经过期。',
    '请为目标频道生成新的 Token 并更新转发配置。',
  ],
  'ChannelMediaRelayState.RELAY_STATE_FAILURE': [
    '跨频道媒体流转发出错。',
    '请查看转发错误码，修正配置后重新开始转发。',
  ],
  'ChannelMediaRelayEvent.NETWORK_DISCONNECTED': [
    '跨频道转发：网络中断导致用户与服务器连接断开。',
    '请等待网络恢复，转发会自动重连。',
  ],
  'ChannelMediaRelayEvent.PACKET_UPDATE_DEST_CHANNEL_REFUSED': [
    '由于内部错误，更新转发目标频道失败。',
    '请稍后再次调用 updateChannelMediaRelay。',
  ],

  // events
  'event.token-privilege-will-expire': ['Token 将在 30 秒后过期。', '请从业务服务器申请新的 Token 并调用 renewToken。'],
  'event.token-privilege-did-expire': ['Token 已过期。', '请从业务服务器申请新的 Token 并调用 join 重新加入频道。'],
  'event.crypt-error': [
    '订阅过程中解密失败，通常是加密设置不正确导致。',
    '请确保频道内所有客户端使用相同的加密模式、密钥和盐（setEncryptionConfig）。',
  ],
  'event.track-ended': [
    '本地轨道已结束：设备被拔出或故障、权限被收回，或用户停止了屏幕共享。',
    '请让用户检查设备或权限，然后创建新的轨道。',
  ],
  'event.autoplay-failed': [
    '浏览器阻止了音视频自动播放，需要用户先与页面交互。',
    '请显示一个按钮，在用户点击后恢复播放。',
  ],
  'event.stream-fallback': [
    '由于网络较差，远端视频流回退为纯音频（或小流）。',
    '无需处理，网络改善后 SDK 会自动切回；可考虑提示用户。',
  ],
  'event.media-reconnect-start': [
    'SDK 正在重建媒体连接（uid 为本地时是发布连接，否则是订阅连接）。',
    '暂无需处理，SDK 会自动重连；如一直未收到 media-reconnect-end，请重新加入频道。',
  ],
  'event.security-policy-violation': [
    '页面的内容安全策略（CSP）拦截了 SDK 的请求。',
    '请在页面的 Content-Security-Policy 中放行 Agora 的域名（connect-src、worker-src、media-src）。',
  ],
};

/** Chinese message and action of every agora-ng catalog entry. */
export const agoraNgZh: LocalePack = { locale: 'zh', vendor: 'agora-ng', entries };
