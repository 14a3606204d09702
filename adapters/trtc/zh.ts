/**
 * Chinese text of the trtc catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 *
 * The SDK ships English only. Rows whose key is in {@link TRTC_ZH_FROM_TENCENT} keep the wording of
 * Tencent's Chinese pages (the v5 ERROR_CODE page web.sdk.qcloud.com/trtc/webrtc/doc/zh-cn/module-ERROR_CODE.html
 * and cloud.tencent.com/document/product/647/34342, the 4.x ErrorCode page …/zh-cn/module-ErrorCode.html,
 * the account error table of cloud.tencent.com/document/product/679/131708); every other row was
 * written by us, translating the English catalog, because Tencent gives no Chinese text for it.
 * @module
 */
import type { LocalePack, LocalizedText } from '../../src/index.js';

const PARAMS = '请检查传入参数是否符合 API 的规范，例如参数类型是否正确。';
const ORDER = '请根据对应 API 文档检查调用逻辑是否符合 API 的前提要求。';
const REGEN = '请在服务端用该 sdkAppId 的密钥重新生成 userSig，并用它重新进房。';

const entries: Record<string, LocalizedText> = {
  // v5 top-level codes
  INVALID_PARAMETER: ['调用接口时传入了不满足 API 要求的参数。', PARAMS],
  INVALID_OPERATION: [
    '调用接口时，不满足 API 的前提要求。',
    `${ORDER}例如：1.未进房成功就进行切换角色，2.播放的远端用户和流不存在。`,
  ],
  ENV_NOT_SUPPORTED: [
    '当前环境不支持该功能，表明当前浏览器不支持调用对应 API。',
    '通常使用 TRTC.isSupported 可感知当前浏览器支持哪些能力。如果浏览器不支持，需要引导用户使用支持该能力的浏览器。',
  ],
  DEVICE_ERROR: [
    '获取设备或者采集音视频出现异常。',
    '引导用户检查设备是否有摄像头及麦克风、系统是否给浏览器授权以及浏览器是否给页面授权；如需区分详细类别请查看 extraCode。',
  ],
  SERVER_ERROR: [
    '收到服务端返回的异常数据时抛出该错误码，服务端的结果码为 extraCode。',
    '服务端异常通常在开发阶段处理，常见的异常有：传入的 userSig 过期，腾讯云账号欠费，未开通 TRTC 服务等。',
  ],
  OPERATION_FAILED: [
    '在满足 API 调用要求的情况下，SDK 经过多次重试仍然无法解决的异常，通常是由于浏览器、网络的问题造成。',
    '确认通信必需的域名和端口是否满足您的网络环境要求（应对防火墙限制及设置代理），然后重新进房。',
  ],
  OPERATION_ABORT: [
    '中止 API 执行时抛出该错误码。在不满足 API 生命周期的调用或重复调用时 API 会中止执行，避免无意义的操作。',
    '捕获并识别该错误码，然后在业务逻辑规避不必要的调用，或者也可以不做任何处理。',
  ],
  UNKNOWN_ERROR: ['未知错误。', '请查看 detail 与内部错误；如持续发生，请附 SDK 日志联系腾讯云。'],
  // v5 extraCode: 5000
  INVALID_PARAMETER_REQUIRED: ['未填必填参数。', PARAMS],
  INVALID_PARAMETER_TYPE: ['参数类型不对。', PARAMS],
  INVALID_PARAMETER_EMPTY: ['参数传了空值。', PARAMS],
  INVALID_PARAMETER_INSTANCE: ['参数原型不对。', PARAMS],
  INVALID_PARAMETER_RANGE: ['参数不在规定的取值范围。', PARAMS],
  INVALID_PARAMETER_LESS_THAN_ZERO: ['参数要大于等于 0。', PARAMS],
  INVALID_PARAMETER_MIN: ['参数要大于最小值。', PARAMS],
  INVALID_PARAMETER_MAX: ['参数要小于最大值。', PARAMS],
  INVALID_ELEMENT_ID: ['该 elementId 在页面上找不到，或者查找时不在页面上。', PARAMS],
  INVALID_ELEMENT_ID_TYPE: ['传入的参数不是 HTMLElement 类型。', PARAMS],
  INVALID_STREAM_ID: ['streamId 不符合规范。', PARAMS],
  INVALID_ROOM_ID_STRING: ['传入的 strRoomId 类型不是合法的 string。', PARAMS],
  INVALID_ROOM_ID_INTEGER: ['传入 roomId 的范围不符合规范 [1, 4294967294]。', PARAMS],
  INVALID_STREAM_TYPE: ["当 userId 不是 '*' 时，需要传入 streamType。", PARAMS],
  INVALID_ROOM_ID_REQUIRED: ['未填写 roomId 或 strRoomId，roomId 和 strRoomId 必须填写一个。', PARAMS],
  INVALID_ROOM_ID_INTEGER_STRING: [
    'roomId 必须是数字类型，当前传入了字符串类型，如果需要使用字符串作为房间号，请使用 strRoomId。',
    PARAMS,
  ],
  INVALID_BUFFER_EMPTY: ['arraybuffer 的 size 不能为 0（TRTC.sendSEIMessage、TRTC.sendCustomMessage）。', PARAMS],
  INVALID_BUFFER_OVERSIZE: [
    'arraybuffer 的 size 超过允许的范围（TRTC.sendSEIMessage、TRTC.sendCustomMessage）。',
    PARAMS,
  ],
  INVALID_ROOM_ID_TYPE_MISMATCH: [
    '目标房间号的类型（roomId 或 strRoomId）必须与当前房间一致。',
    '请传入与当前房间同类型的房间号（switchRoom）。',
  ],
  INVALID_ROOM_ID_DUPLICATE: ['目标房间就是当前所在的房间。', '请向 switchRoom 传入不同的房间号。'],
  // 5100
  INVALID_OPERATION_NOT_JOINED: [
    '在未进房的情况下调用 API，例如 startRemoteVideo、muteRemoteAudio、switchRole 等 API 需在进房后调用。',
    ORDER,
  ],
  INVALID_OPERATION_REMOTE_USER_NOT_EXIST: [
    '远端用户不存在，例如在 startRemoteVideo 时，传入的 userId 对应的远端用户不在房间内。',
    ORDER,
  ],
  INVALID_OPERATION_STREAM_TYPE_NOT_EXIST: [
    '远端流类型不存在，例如在 startRemoteVideo 时，传入的 streamType 为 SUB，但对应的远端用户并没有推屏幕分享。',
    ORDER,
  ],
  INVALID_OPERATION_REPEAT_CALL: ['重复调用 API。', ORDER],
  INVALID_OPERATION_NEED_VIDEO: ['该 API 需要先打开摄像头。', '请按 API 文档要求的顺序调用；重试同一调用无法成功。'],
  INVALID_OPERATION_NEED_AUDIO: [
    '该 API 需要先打开麦克风或屏幕分享。',
    '请按 API 文档要求的顺序调用；重试同一调用无法成功。',
  ],
  INVALID_ROLE_AUDIENCE: [
    "'audience'（观众）角色不能调用该 API。",
    "如业务允许，请先通过 switchRole 切换为 'anchor'（主播）角色。",
  ],
  INVALID_NOT_ENABLE_SEI: ['当前客户端未开启 SEI。', '创建客户端时使用 TRTC.create({ enableSEI: true })。'],
  INVALID_NEED_CALL_PUBLISHED: ['该 API 需要在推流之后调用。', '请按 API 文档要求的顺序调用；重试同一调用无法成功。'],
  // 5200
  NOT_SUPPORTED_HTTP: [
    '页面通过 HTTP 访问：浏览器只允许在安全上下文中采集。',
    '请使用 HTTPS（或 localhost）部署页面。',
  ],
  NOT_SUPPORTED_WEBRTC: ['当前浏览器不支持 WebRTC。', '引导用户使用 TRTC 支持的浏览器。'],
  NOT_SUPPORTED_H264_ENCODE: ['当前浏览器不支持 H.264 编码。', '引导用户使用支持 H.264 编码的浏览器。'],
  NOT_SUPPORTED_H264_DECODE: ['当前浏览器不支持 H.264 解码。', '引导用户使用支持 H.264 解码的浏览器。'],
  NOT_SUPPORTED_SCREEN_SHARE: ['当前浏览器不支持屏幕分享。', '提供屏幕分享前先用 TRTC.isSupported() 检测。'],
  NOT_SUPPORTED_SMALL_VIDEO: ['当前浏览器不支持小流。', '在该浏览器上不开启小流推流。'],
  NOT_SUPPORTED_SEI: ['当前浏览器不支持 SEI 消息。', '在该浏览器上不要使用 SEI。'],
  NOT_SUPPORTED_WEBGL: ['当前浏览器不支持 WebGL。', '引导用户使用支持 WebGL 的浏览器。'],
  NOT_SUPPORTED_CHROME_VERSION: ['浏览器版本过低，无法调用该 API。', '引导用户升级浏览器。'],
  NOT_SUPPORTED_PLUGIN: ['当前环境不支持该插件。', '请检查插件的环境要求，或不在此环境中启动它。'],
  // 5300
  DEVICE_NOT_FOUND_ERROR: [
    'NotFoundError：未找到符合请求的摄像头、麦克风或屏幕。',
    '请用户连接设备；只采集存在的设备。',
  ],
  DEVICE_NOT_ALLOWED_ERROR: [
    'NotAllowedError：用户或系统拒绝了设备访问。',
    '请用户允许访问；若错误带有 handler()，说明是操作系统拒绝，调用它可打开系统设置。',
  ],
  DEVICE_NOT_READABLE_ERROR: ['NotReadableError：设备可能正被其他应用占用。', '请用户关闭占用该设备的其他应用后重试。'],
  DEVICE_OVERCONSTRAINED_ERROR: [
    'OverconstrainedError：设备 ID 不正确。',
    '请传入 TRTC.getCameraList()/getMicrophoneList() 返回的设备 ID。',
  ],
  DEVICE_INVALID_STATE_ERROR: [
    'InvalidStateError：在用户与页面交互之前请求了采集。',
    '请在用户点击页面等交互之后再开启采集。',
  ],
  DEVICE_SECURITY_ERROR: [
    'SecurityError：系统或浏览器的安全策略禁止使用该设备。',
    '请检查权限策略和系统安全设置，并在用户交互后再开启采集。',
  ],
  DEVICE_ABORT_ERROR: ['AbortError：系统的未知异常导致设备不可用。', '建议用户更换设备或浏览器，并检查设备是否正常。'],
  CAMERA_RECOVER_FAILED: ['摄像头中断后 SDK 未能恢复采集。', '请用户检查摄像头，然后重新调用 startLocalVideo。'],
  MICROPHONE_RECOVER_FAILED: ['麦克风中断后 SDK 未能恢复采集。', '请用户检查麦克风，然后重新调用 startLocalAudio。'],
  NOT_SUPPORTED_MISMATCH_SAMPLE_RATE_IN_FIREFOX: [
    'Firefox 无法以与音频上下文不同的采样率采集麦克风。',
    '在 Firefox 中使用默认音频 profile，或换用其他浏览器。',
  ],
  // 5400 / 5500
  NEED_TO_BUY: ['该功能需要购买相应的套餐包。', '请在 TRTC 控制台购买该功能的套餐包。'],
  FIREWALL_RESTRICTION: ['由于防火墙限制，媒体连接失败。', '请用户更换网络，或为受限网络配置 TURN/代理。'],
  REJOIN_FAILED: ['断线后重新进房失败。', '请检查网络后重新进房。'],
  EVENT_HANDLER_ERROR: ['应用自己的事件回调（trtc.on(event, handler)）抛出了异常。', '请修复事件回调中的异常。'],
  VIDEO_CONTEXT_ERROR: ['视频处理上下文（WebGL）不可用。', '请重启视频特效或插件；如持续发生，请联系腾讯云。'],
  VIDEO_ENCODE_FAILED: ['视频编码失败。', '请重新开启本地视频；如持续发生，请尝试其他编码或浏览器。'],
  AUDIO_ENCODE_FAILED: [
    '音频（或因 SDK 的疏漏，视频）编码失败。',
    '请重新开启本地音视频；如持续发生，请换用其他浏览器。',
  ],
  VIDEO_DECODE_FAILED: [
    '远端用户的视频无法解码。',
    '无需立即处理，错误中带有 userId 和 streamType；如持续发生，请换用其他浏览器。',
  ],
  AUDIO_DECODE_FAILED: ['远端用户的音频无法解码。', '无需立即处理；如持续发生，请换用其他浏览器。'],
  // 4.x ErrorCode
  'ErrorCode.INVALID_PARAMETER': ['无效参数。', '请检查传入参数是否符合 SDK 要求，例如参数类型是否正确。'],
  'ErrorCode.INVALID_OPERATION': [
    '非法操作。',
    '请根据对应接口文档检查 API 调用逻辑是否符合 SDK 要求。例如在未进房的情况下，调用 publish 接口是被禁止的。',
  ],
  'ErrorCode.NOT_SUPPORTED': [
    '不支持：调用 SDK 接口时抛出，表明当前浏览器不支持调用对应接口。',
    '引导用户使用 SDK 支持的浏览器。',
  ],
  'ErrorCode.DEVICE_NOT_FOUND': [
    '当前设备没有麦克风或没有摄像头，但尝试采集麦克风、摄像头。',
    '引导用户检查设备是否有摄像头及麦克风、系统是否给浏览器授权、浏览器是否给页面授权。业务侧应当增加进房前的设备检测逻辑。',
  ],
  'ErrorCode.INITIALIZE_FAILED': [
    'LocalStream.initialize() 采集失败。',
    '根据 error.name（NotAllowedError 等）处理：请求授权、释放设备或修正设备 ID。',
  ],
  'ErrorCode.SIGNAL_CHANNEL_SETUP_FAILED': [
    'WebSocket 信令通道建立失败；账号错误（sdkAppId、userSig）也经此上报。',
    '查看额外错误码（账号错误：-8、70001 等）并修正；否则请检查网络。',
  ],
  'ErrorCode.SIGNAL_CHANNEL_ERROR': ['WebSocket 信令通道错误。', '请检查网络后重新进房。'],
  'ErrorCode.ICE_TRANSPORT_ERROR': [
    'ICE 传输（媒体通道）连接错误，通常是 UDP 端口被防火墙限制。',
    '开放 TRTC 所需端口，或使用 TURN/代理服务器。',
  ],
  'ErrorCode.JOIN_ROOM_FAILED': ['进房失败，服务端结果码为额外错误码。', '查看额外错误码（账号错误）并修正后再进房。'],
  'ErrorCode.CREATE_OFFER_FAILED': ['创建 SDP offer 失败。', '请重新进房；如持续发生，请换用其他浏览器。'],
  'ErrorCode.SIGNAL_CHANNEL_RECONNECTION_FAILED': [
    'WebSocket 信令通道多次重连均失败。',
    '提示用户检查网络，然后重新进房。',
  ],
  'ErrorCode.UPLINK_RECONNECTION_FAILED': [
    '上行（推流）连接多次重连均失败。',
    '提示用户检查网络，然后重新推流或重新进房。',
  ],
  'ErrorCode.DOWNLINK_RECONNECTION_FAILED': ['下行（拉流）连接多次重连均失败。', '提示用户检查网络，然后重新进房。'],
  'ErrorCode.REMOTE_STREAM_NOT_EXIST': [
    '远端流不存在（订阅过程中远端用户取消了发布）。',
    '无需处理：这是正常的交互时序。',
  ],
  'ErrorCode.CLIENT_BANNED': ['用户被踢出房间。', '告知用户；不要自动重新进房。'],
  'ErrorCode.SERVER_TIMEOUT': ['媒体传输服务超时。', '请检查网络后重试。'],
  'ErrorCode.SUBSCRIPTION_TIMEOUT': ['订阅远端流超时。', '请重新订阅。'],
  'ErrorCode.PLAY_NOT_ALLOWED': ['浏览器阻止了自动播放。', '显示一个按钮，在其点击回调中调用流的 resume()。'],
  'ErrorCode.DEVICE_AUTO_RECOVER_FAILED': ['恢复摄像头或麦克风采集失败。', '请用户检查设备后重新采集。'],
  'ErrorCode.START_PUBLISH_CDN_FAILED': ['开始推流到 CDN 失败。', '请检查 CDN 设置后重试。'],
  'ErrorCode.STOP_PUBLISH_CDN_FAILED': ['停止推流到 CDN 失败。', '请重试。'],
  'ErrorCode.START_MIX_TRANSCODE_FAILED': ['开始混流转码失败。', '请检查混流参数后重试。'],
  'ErrorCode.STOP_MIX_TRANSCODE_FAILED': ['停止混流转码失败。', '请重试。'],
  'ErrorCode.NOT_SUPPORTED_H264': ['当前设备不支持 H.264。', '引导用户使用支持 H.264 的浏览器。'],
  'ErrorCode.SWITCH_ROLE_FAILED': ['切换角色失败。', '请检查角色与权限后再切换。'],
  'ErrorCode.API_CALL_TIMEOUT': ['API 调用超时。', '请检查网络后重新调用。'],
  'ErrorCode.SCHEDULE_FAILED': [
    '调度（获取接入服务器）失败，服务端结果码为额外错误码。',
    '查看额外错误码（如 -100013 欠费）并修正；否则请检查网络。',
  ],
  'ErrorCode.API_CALL_ABORTED': ['API 调用被中止（重复调用或被后续调用取代）。', '无需处理；请避免重复调用。'],
  'ErrorCode.SPC_INITIALIZED_FAILED': ['单 PeerConnection 初始化失败。', '请重新创建客户端。'],
  'ErrorCode.VIDEO_MANAGER_ERROR': ['视频管理模块出错。', '请重新开启本地视频。'],
  'ErrorCode.SWITCH_ROOM_FAILED': ['切换房间失败，服务端结果码为额外错误码。', '查看额外错误码并修正。'],
  'ErrorCode.VIDEO_ENCODE_FAILED': ['视频编码失败。', '请重新开启本地视频。'],
  'ErrorCode.AUDIO_ENCODE_FAILED': ['音频编码失败。', '请重新开启本地音频。'],
  'ErrorCode.WHIP_REQUEST_FAILED': ['WHIP 请求失败，HTTP 状态或结果码为额外错误码。', '请重试并检查网络。'],
  'ErrorCode.UNKNOWN': ['未知错误。', '请查看错误信息；如持续发生，请联系腾讯云。'],
  // server result codes
  'SERVER_ERROR.-8': ['sdkAppId 不正确。', '请检查 sdkAppId 是否填写正确。'],
  'SERVER_ERROR.70001': ['UserSig 已过期。', '请重新生成。建议 UserSig 有效期设置不小于24小时。'],
  'SERVER_ERROR.70002': ['userSig 长度为 0。', '请检查 userSig 的计算参数，确保签名计算正确。'],
  'SERVER_ERROR.70003': ['userSig 解析失败（可能被截断）。', `请检查 userSig 是否因缓冲区过短等原因被截断。${REGEN}`],
  'SERVER_ERROR.70004': ['userSig 校验失败（可能被截断）。', `请检查 userSig 是否因缓冲区过短等原因被截断。${REGEN}`],
  'SERVER_ERROR.70005': ['userSig 校验失败。', `请用腾讯云的 userSig 工具校验生成的 userSig。${REGEN}`],
  'SERVER_ERROR.70006': ['userSig 校验失败。', `请用腾讯云的 userSig 工具校验生成的 userSig。${REGEN}`],
  'SERVER_ERROR.70009': [
    'UserSig 验证失败。',
    '怀疑 UserSig 是用其他 SDKAppID 的密钥或私钥生成的，请检查请求的 SDKAppID 和生成 UserSig 的密钥或私钥是否一致。',
  ],
  'SERVER_ERROR.70013': ['请求中的 UserID 与生成 UserSig 时使用的 UserID 不一致。', '请为进房的 userId 生成 userSig。'],
  'SERVER_ERROR.70014': [
    '请求中的 SDKAppID 与生成 UserSig 时使用的 SDKAppID 不一致。',
    '请为应用使用的 sdkAppId 生成 userSig。',
  ],
  'SERVER_ERROR.70016': ['密钥/公钥不存在，UserSig 验证失败。', '请检查 SDKAppID 和访问的数据中心是否一致。'],
  'SERVER_ERROR.70020': ['SDKAppID 不存在，UserSig 验证失败。', '请检查 SDKAppID 和访问的数据中心是否一致。'],
  'SERVER_ERROR.70050': ['UserSig 验证失败，且请求频率超限。', '请检查 UserSig 是否正确，并于1分钟后重新验证。'],
  'SERVER_ERROR.70051': ['账号被拉入黑名单。', '请先移出黑名单。'],
  'SERVER_ERROR.70107': ['请求的用户账号没有导入即时通信 IM 系统。', '请先将账号导入即时通信 IM 系统。'],
  // The TRTC 4.x account table (fixtures/vendor-docs/tencent-account-trtc-v4-zh.json): the message
  // is Tencent's; the action is Tencent's where its row gives one, ours otherwise.
  'SERVER_ERROR.70007': ['userSig 校验失败。', '通过工具来验证生成的 userSig 是否正确。'],
  'SERVER_ERROR.70008': ['userSig 校验失败。', '通过工具来验证生成的 userSig 是否正确。'],
  'SERVER_ERROR.70010': ['userSig 校验失败。', '通过工具来验证生成的 userSig 是否正确。'],
  'SERVER_ERROR.70015': ['未找到该 sdkAppId 和帐号类型对应的验证方式。', '请确认是否已进行帐号集成操作。'],
  'SERVER_ERROR.70017': ['内部第三方票据验证超时。', '请重试，如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70018': ['内部验证第三方票据失败。', REGEN],
  'SERVER_ERROR.70019': ['通过 HTTPS 方式验证的票据字段为空。', '请正确填写 userSig。'],
  'SERVER_ERROR.70052': ['userSig 已经失效。', '请重新生成，再次尝试。'],
  'SERVER_ERROR.70101': [
    '请求包信息为空。',
    '该请求由 SDK 构造：请检查 userId 和 sdkAppId，并带上 SDK 版本联系腾讯云技术支持。',
  ],
  'SERVER_ERROR.70102': [
    '请求包帐号类型错误。',
    '该请求由 SDK 构造：请检查 userId 和 sdkAppId，并带上 SDK 版本联系腾讯云技术支持。',
  ],
  'SERVER_ERROR.70103': ['电话号码格式错误。', '请检查 userId 的格式。'],
  'SERVER_ERROR.70104': ['邮箱格式错误。', '请检查 userId 的格式。'],
  'SERVER_ERROR.70105': ['TLS 帐号格式错误。', '请检查 userId 的格式。'],
  'SERVER_ERROR.70106': ['非法帐号格式类型。', '请检查 userId 的格式。'],
  'SERVER_ERROR.70113': [
    '批量数量不合法。',
    '该请求由 SDK 构造：请检查 userId 和 sdkAppId，并带上 SDK 版本联系腾讯云技术支持。',
  ],
  'SERVER_ERROR.70114': ['安全原因被限制。', '请联系腾讯云技术支持。'],
  'SERVER_ERROR.70115': ['uin 不是对应 sdkAppId 的开发者 uin。', '请在腾讯云控制台检查 sdkAppId 及其帐号体系配置。'],
  'SERVER_ERROR.70140': ['sdkAppId 和 acctype 不匹配。', '请在腾讯云控制台检查 sdkAppId 及其帐号体系配置。'],
  'SERVER_ERROR.70145': [
    '帐号类型错误。',
    '该请求由 SDK 构造：请检查 userId 和 sdkAppId，并带上 SDK 版本联系腾讯云技术支持。',
  ],
  'SERVER_ERROR.70169': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70201': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70202': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70203': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70204': ['sdkAppId 没有对应的 acctype。', '请在腾讯云控制台检查 sdkAppId 及其帐号体系配置。'],
  'SERVER_ERROR.70205': ['查找 acctype 失败。', '请重试。'],
  'SERVER_ERROR.70206': [
    '请求中批量数量不合法。',
    '该请求由 SDK 构造：请检查 userId 和 sdkAppId，并带上 SDK 版本联系腾讯云技术支持。',
  ],
  'SERVER_ERROR.70207': ['内部错误。', '请重试。'],
  'SERVER_ERROR.70208': ['内部错误。', '请重试。'],
  'SERVER_ERROR.70209': ['获取开发者 uin 标志失败。', '请稍后重试；如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70210': ['请求中 uin 为非开发者 uin。', '请在腾讯云控制台检查 sdkAppId 及其帐号体系配置。'],
  'SERVER_ERROR.70211': ['请求中 uin 非法。', '请在腾讯云控制台检查 sdkAppId 及其帐号体系配置。'],
  'SERVER_ERROR.70212': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70213': ['访问内部数据失败。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70214': ['验证内部票据失败。', REGEN],
  'SERVER_ERROR.70221': ['登录状态无效。', '请使用 UserSig 重新鉴权。'],
  'SERVER_ERROR.70222': ['内部错误。', '请重试。'],
  'SERVER_ERROR.70225': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70231': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70236': ['验证 user signature 失败。', '通过工具来验证生成的 userSig 是否正确。'],
  'SERVER_ERROR.70308': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70346': ['票据校验失败。', '通过工具来验证生成的 userSig 是否正确。'],
  'SERVER_ERROR.70347': ['票据因过期原因校验失败。', '请重新生成 userSig，并用它重新进房。'],
  'SERVER_ERROR.70348': ['内部错误。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70362': ['内部超时。', '请重试。如果多次重试仍不成功，请联系腾讯云技术支持。'],
  'SERVER_ERROR.70401': ['内部错误。', '请重试。'],
  'SERVER_ERROR.70402': ['参数非法。', '请检查必填字段是否填充，或者字段的填充是否满足协议要求。'],
  'SERVER_ERROR.70403': ['发起操作者不是 App 管理员，没有权限操作。', '请以 App 管理员身份执行该操作。'],
  ACCOUNT_NO_MONEY: ['TRTC 账号已欠费。', '请为该 sdkAppId 所属的腾讯云账号充值。'],
  // events
  'autoplay-failed': [
    '浏览器阻止了远端用户音视频的自动播放。',
    '引导用户点击页面；在点击回调中调用事件的 resume()（即错误的 cause），或由 SDK 在下次点击时自动恢复。',
  ],
  'kicked-out:kick': [
    '被踢出房间：另一个客户端以相同 userId 进入了同一房间。',
    '不要自动重新进房（两个客户端会互相踢出）；请为每个客户端分配不同的 userId。',
  ],
  'kicked-out:banned': ['被管理员移出房间（服务端 API RemoveUser）。', '告知用户；不要自动重新进房。'],
  'kicked-out:room_disband': ['房间被管理员解散（服务端 API DismissRoom）。', '告知用户房间已结束。'],
  'kicked-out:user_time_out': ['服务端因超时将用户移出房间。', '请检查网络后重新进房。'],
  'connection-state-changed:RECONNECTING': ['与腾讯云的连接中断，SDK 正在重连。', '显示"重连中"状态；SDK 会自动重试。'],
  'publish-state-changed:timeout': [
    '推流超时，通常由网络抖动或防火墙拦截造成；SDK 会持续重试。',
    '请用户检查或更换网络；SDK 会自动重试。',
  ],
};

/**
 * Keys whose Chinese text is Tencent's own (the pages named above); every other key's text was
 * written by us.
 */
export const TRTC_ZH_FROM_TENCENT: readonly string[] = [
  'INVALID_PARAMETER',
  'INVALID_OPERATION',
  'ENV_NOT_SUPPORTED',
  'DEVICE_ERROR',
  'SERVER_ERROR',
  'OPERATION_FAILED',
  'OPERATION_ABORT',
  'INVALID_PARAMETER_REQUIRED',
  'INVALID_PARAMETER_TYPE',
  'INVALID_PARAMETER_EMPTY',
  'INVALID_PARAMETER_INSTANCE',
  'INVALID_PARAMETER_RANGE',
  'INVALID_PARAMETER_LESS_THAN_ZERO',
  'INVALID_PARAMETER_MIN',
  'INVALID_PARAMETER_MAX',
  'INVALID_ELEMENT_ID',
  'INVALID_ELEMENT_ID_TYPE',
  'INVALID_STREAM_ID',
  'INVALID_STREAM_TYPE',
  'INVALID_ROOM_ID_REQUIRED',
  'INVALID_ROOM_ID_INTEGER_STRING',
  'INVALID_BUFFER_EMPTY',
  'INVALID_BUFFER_OVERSIZE',
  'INVALID_OPERATION_NOT_JOINED',
  'INVALID_OPERATION_REMOTE_USER_NOT_EXIST',
  'INVALID_OPERATION_STREAM_TYPE_NOT_EXIST',
  'INVALID_OPERATION_REPEAT_CALL',
  'ErrorCode.INVALID_PARAMETER',
  'ErrorCode.INVALID_OPERATION',
  'ErrorCode.NOT_SUPPORTED',
  'ErrorCode.DEVICE_NOT_FOUND',
  'SERVER_ERROR.70001',
  'SERVER_ERROR.70009',
  'SERVER_ERROR.70013',
  'SERVER_ERROR.70014',
  'SERVER_ERROR.70016',
  'SERVER_ERROR.70020',
  'SERVER_ERROR.70050',
  'SERVER_ERROR.70051',
  'SERVER_ERROR.70107',
];

/** Chinese pack of the trtc catalog. */
export const trtcZh: LocalePack = { locale: 'zh', vendor: 'trtc', entries };
