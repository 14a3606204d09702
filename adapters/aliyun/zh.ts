/**
 * Chinese text of the aliyun catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * Texts of documented codes follow the vendor's Chinese error table; the others the SDK's comments.
 * @module
 */
import type { LocalePack, LocalizedText } from '../../src/index.js';
import { toHex } from './decode.js';
import { SIGNAL_TIMEOUT_CODES } from './families.js';

const CHECK_NETWORK = '检查网络连接是否正常。';
const RESTART_AUDIO =
  'Mac 端和 Windows 端查看系统设置中音频设备是否有能量条；iOS 端和 Android 端确认是否被其他应用占用；如果都正常，请重启设备。';
const ALLOW = '请用户在浏览器（网站设置）和系统设置中允许访问，然后重试。';
const SUPPORTED = '请使用受支持的浏览器（较新版本的 Chrome、Edge、Safari 或 Firefox）。';
const SDK_INIT: LocalizedText = ['初始化 SDK 异常。', '检查 SDK 版本是否正确、JAR 包是否缺失。'];
const ALREADY_PUBLISHING: LocalizedText = [
  '推流失败：当前用户已经在推流中。',
  '不要重复调用 publish，或者先停止推流再调用 publish。',
];
const SIGNAL_TIMEOUT: LocalizedText = ['信令请求超时。', CHECK_NETWORK];

const ERROR_CODE: Record<string, LocalizedText> = {
  ERR_JOIN_ALREADY_JOINED: [
    '加入频道时，当前用户已经在频道中。',
    '调用 leaveChannel 离开频道，再重新调用 joinChannel 加入频道。',
  ],
  ERR_JOIN_BAD_APPID: ['AppId 不存在。', '在控制台创建应用。'],
  ERR_JOIN_INVALID_APPID: ['应用（AppId）已经停用。', '在控制台重新启用应用。'],
  ERR_JOIN_BAD_CHANNEL: ['加入频道失败：频道不存在（例如会议发起者入会后又很快离会）。', '重新加入频道。'],
  ERR_JOIN_INVALID_CHANNEL: [
    '加入频道失败：频道已经失效（目前频道有效期为 48 小时）。',
    '重新生成频道鉴权令牌（Token）并重新加入。',
  ],
  ERR_JOIN_BAD_TOKEN: ['加入频道失败：Token 无效。', '重新生成频道鉴权令牌（Token）并重新加入。'],
  ERR_JOIN_TIMEOUT: ['加入频道超时。', CHECK_NETWORK],
  ERR_JOIN_ERR_JOIN_BAD_PARAMBAD: [
    '参数错误：AuthInfo 中的字段为空或者 timestamp<=0。',
    '检查 AuthInfo 字段是否完整。',
  ],
  ERR_JOIN_CHANNEL_FAILED: [
    '加入频道失败：房间服务返回错误。',
    '查看详情中的信令错误码和描述；检查 AppId、频道和 Token。',
  ],
  ERR_LOG_ALREADY_INIT: ['日志模块已经初始化。', '日志模块只需初始化一次；可忽略。'],
  ERR_LOG_ROOT_PATH_ERROR: ['日志模块根路径错误。', '检查路径是否存在、是否具有写入权限。'],
  ERR_MIC_OPEN_FAIL: ['采集设备打开失败：采集设备初始化失败、采集设备媒体服务异常或音频设备被占用。', RESTART_AUDIO],
  ERR_SPEAKER_OPEN_FAIL: [
    '播放设备打开失败：播放设备初始化失败、播放设备媒体服务异常或音频设备被占用。',
    RESTART_AUDIO,
  ],
  ERR_MIC_INTERRUPT: ['音频采集出错：系统性能不足、采集设备媒体服务异常或音频设备被占用。', '重启应用或重启设备。'],
  ERR_SPEAKER_INTERRUPT: ['音频播放出错：系统性能不足、播放设备媒体服务异常或音频设备被占用。', '重启应用或重启设备。'],
  ERR_MIC_AUTH_FAIL: ['麦克风无权限。', '去系统设置中打开麦克风授权，并且重新加入频道。'],
  ERR_MIC_NOT_AVAILABLE: [
    '无可用的音频采集设备（麦克风）。',
    '检查是否接入了可用的麦克风，并检查系统设置中该设备是否被禁用。',
  ],
  ERR_SPEAKER_NOT_AVAILABLE: [
    '无可用的音频播放设备（扬声器或耳机）。',
    '检查是否接入了可用的扬声器或耳机，并检查系统设置中该设备是否被禁用。',
  ],
  ERR_CAMERA_OPEN_FAIL: [
    '相机打开失败：无权限、相机设备不可用或相机设备被占用。',
    '检查系统相机是否可用、移动端 App 是否占用了相机。',
  ],
  ERR_CAMERA_AUTH_FAIL: ['相机无权限。', '去系统设置中打开摄像头授权，并且重新加入频道。'],
  ERR_CAMERA_INTERRUPT: [
    '相机工作异常：Mac、Windows 电脑相机采集灯熄灭，设备被强制中断。',
    '重新加入频道或者重启 App。',
  ],
  ERR_CAMERA_NOT_AVAILABLE: [
    '无可用的视频采集设备（摄像头）。',
    '检查是否接入了可用的摄像头，并检查系统设置中该设备是否被禁用。',
  ],
  ERR_VIDEO_DISPLAY_OPEN_FAIL: [
    '视频渲染启动失败。',
    '检查 Windows 端显卡驱动是否需要升级，移动端手机型号或者 Android 平板、盒子等外设是否支持 OpenGL。',
  ],
  ERR_VIDEO_DISPLAY_INTERRUPT: ['视频渲染中发生异常：系统异常错误导致渲染引擎报错。', '重新加入频道或者重启 App。'],
  ERR_ICE_CONNECTION_CONNECT_FAIL: ['媒体通道建立失败。', CHECK_NETWORK],
  ERR_ICE_CONNECTION_RECONNECT_FAI: ['媒体通道重连失败。', CHECK_NETWORK],
  ERR_ICE_CONNECTION_MOBILITY_FAIL: ['媒体通道 mobility（网络切换）失败。', '重新加入频道。'],
  ERR_ICE_CONNECTION_HEARTBEAT_TIMEOUT: ['信令心跳超时。', CHECK_NETWORK],
  ERR_LATENCY_LIVE_COMMUNICATION_FAILED: ['低延时互动直播信令失败。', '退避后重试；检查网络。'],
  ERR_LATENCY_LIVE_MEIDASETTING_FAILED: ['低延时互动直播媒体设置错误。', '检查低延时直播订阅的媒体设置。'],
  ERR_LATENCY_LIVE_NONE_BROADCASTER: ['低延时互动直播：当前房间没有主播推流。', '等待主播推流后再订阅。'],
  ERR_LATENCY_LIVE_NEED_RESTART: ['低延时互动直播错误：应用层需要重新创建新的 SDK 实例。', '销毁 SDK 实例并重新创建。'],
  ERR_LATENCY_LIVE_NEED_RESTART_AGAIN_LATER: [
    '低延时互动直播错误：应用层需要稍等一定时间再重新创建新的 SDK 实例。',
    '等待自定义的间隔后，销毁 SDK 实例并重新创建。',
  ],
  ERR_LATENCY_LIVE_SERVICE_UNAVAILABLE: [
    '低延时互动直播服务不可用或者服务降级。',
    '选择其他方式拉超大方会流，即不从 CDN SFU 拉流。',
  ],
  ERR_LATENCY_LIVE_MEDIACONNECTION_INTERRUPTION: [
    '低延时互动直播网络中断。',
    '销毁当前 SDK 实例，重新创建后重新订阅。',
  ],
  ERR_SDK_PUBLISH_INVAILD: ['本地流（视频流、屏幕流、音频流）无效或错误。', '调用 publish 重新进行推流。'],
  ERR_SDK_PUBLISH_NOT_JOIN_CHANNEL: ['未进入频道，推流失败。', '先加入频道再推流。'],
  ERR_SDK_PUBLISH_AUDIO_STREAM_FAILED: ['推送音频流失败。', '重新推流；检查麦克风和网络。'],
  ERR_SDK_PUBLISH_VIDEO_STREAM_FAILED: ['推送视频流失败。', '重新推流；检查摄像头和网络。'],
  ERR_SDK_PUBLISH_DUAL_STREAM_FAILED: ['推送小流失败。', '继续使用大流，或稍后重试。'],
  ERR_SDK_PUBLISH_SCEEN_SHARE_FAILED: ['推送屏幕共享失败。', '重新开始屏幕共享并推流。'],
  ERR_SDK_PUBLISH_SCREEN_SHARE_CONFIG_ERROR: ['屏幕共享配置错误。', '检查屏幕共享配置。'],
  ERR_SDK_SUBSCRIBE_INVAILD: [
    '远端流（视频流、屏幕流、音频流）无效或错误。',
    '确认对方是否停止推流；在收到 remoteTrackAvailableNotify 后再订阅。',
  ],
  ERR_SDK_SUBSCRIBE_NOT_JOIN_CHANNEL: ['未进入频道，订阅失败。', '先加入频道再订阅。'],
  ERR_SDK_SUBSCRIBE_AUDIO_STREAM_FAILED: ['订阅音频流失败。', '重新订阅；检查网络。'],
  ERR_SDK_SUBSCRIBE_VIDEO_STREAM_FAILED: ['订阅视频流失败。', '重新订阅；检查网络。'],
  ERR_SDK_SUBSCRIBE_DUAL_STREAM_FAILED: ['订阅小流失败。', '重新订阅，或订阅大流。'],
  ERR_SDK_SUBSCRIBE_SCREEN_SHARE_FAILED: ['订阅屏幕共享失败。', '重新订阅；检查网络。'],
  ERR_SDK_SUBSCRIBE_DATA_FAILED: ['订阅 DataChannel 失败。', '重新订阅；确认对方已开启 DataChannel。'],
  ERR_SDK_SUBSCRIBE_DATA_ERROR: ['订阅 DataChannel 过程中报错。', '重新订阅；检查网络。'],
  ERR_SDK_INVALID_STATE: ['状态错误：SDK 内部状态错误。', '销毁 SDK 重新创建实例。'],
  ERR_INVALID_ARGUMENTS: ['参数不匹配。', '修正参数；详见详情中的说明。'],
  ERR_SESSION_REMOVED: ['Session 会话已经被移除。', '销毁实例之后重新创建实例并加入频道。'],
  ERR_SDK_UPDATE_ROLE_CHANNEL: ['互动模式下设置角色错误。', '检查频道模式；只在停止推流时切换角色。'],
  ERR_INNER: ['SDK 内部错误。', '查看详情；若持续出现，请附上 SDK 版本反馈。'],
  ERR_SDK_MPU_TASK_PUBLISH_OK: [
    '错误码 0 表示成功（旁路直播任务发布成功），不是错误。',
    '无需处理；不要把成功码交给错误处理。',
  ],
  ERR_SDK_MPU_TASK_STREAM_NOT_FOUND: ['旁路直播任务：流未找到。', '检查转码参数中的用户和流。'],
  ERR_SDK_MPU_TASK_STREAM_ALREADY_EXIST: ['旁路直播任务：流已存在。', '停止已有任务，或使用其他推流地址或任务 ID。'],
  ERR_SDK_MPU_TASK_INVALID_PARAM: ['旁路直播任务：参数无效。', '检查转码参数。'],
  ERR_SDK_MPU_TASK_INTERNAL_ERROR: ['旁路直播任务：内部错误。', '稍后退避重试。'],
  ERR_SDK_MPU_TASK_RTMP_SERVER_ERROR: ['旁路直播任务：RTMP 服务错误。', '检查 RTMP 服务，然后退避重试。'],
  ERR_SDK_MPU_TASK_RTMP_STREAM_URL_ERROR: ['旁路直播任务：RTMP 流地址错误。', '检查推流（RTMP）地址。'],
  ERR_SDK_MPU_TASK_PUBLISH_TIMEOUT: ['旁路直播任务：发布超时。', '退避重试；检查推流地址。'],
  ERR_SDK_MPU_TASK_NOT_AUTHORIZED: ['旁路直播任务：未授权。', '在控制台为应用开通旁路直播。'],
  ERR_SDK_CHANNEL_RELAY_STATE_ERROR: [
    '跨频道转推：本地状态不对（未入会、角色错误或频道模式错误）。',
    '以互动模式主播身份入会后再转推。',
  ],
  ERR_SDK_CHANNEL_RELAY_SRC_NOT_ALLOW: [
    '跨频道转推：源频道模式不匹配（服务端返回 436）。',
    '使用允许转推的源频道模式。',
  ],
  ERR_SDK_CHANNEL_RELAY_JOIN_DEST_FAILED: [
    '跨频道转推：目标频道不存在或者模式不匹配（服务端返回 437）。',
    '检查目标频道名称和模式。',
  ],
  ERR_SDK_CHANNEL_RELAY_TOKEN_INVALID: ['跨频道转推：Token 无效（服务端返回 438）。', '为目标频道重新生成 Token。'],
  ERR_SDK_CHANNEL_RELAY_ROLE_ERROR: [
    '跨频道转推：当前 session 不是主播（服务端返回 651）。',
    '切换为主播角色后再转推。',
  ],
  ERR_SDK_CHANNEL_RELAY_INVALID_PARAM: ['跨频道转推：参数错误（服务端返回 400）。', '检查转推参数。'],
  ERR_SDK_CHANNEL_RELAY_TO_SELF_ERROR: ['跨频道转推：不能转推到本频道（服务端返回 440）。', '选择其他目标频道。'],
};

// Built inside a call marked pure: bundlers keep an object literal that spreads a call's result, and
// with it this Chinese text, in English-only bundles that never import the pack.
const DOCS_ONLY: Record<string, LocalizedText> = /* @__PURE__ */ (() => ({
  '0x01030304': ['本地流（视频流、屏幕流、音频流）不存在。', '调用 publish 重新进行推流。'],
  '0x01030308': ['本地流（视频流、屏幕流、音频流）错误。', '调用 publish 重新进行推流。'],
  '0x01030403': ['远端流（视频流、屏幕流、音频流）不存在。', '确认对方是否停止推流。'],
  '0x01030405': ['远端流（视频流、屏幕流、音频流）错误。', '确认对方是否停止推流。'],
  '0x01010103': SDK_INIT,
  '0x0101010C': SDK_INIT,
  '0x0101010D': SDK_INIT,
  '0x01020401': ['信令请求错误。', CHECK_NETWORK],
  ...Object.fromEntries(SIGNAL_TIMEOUT_CODES.map((n) => [toHex(n), SIGNAL_TIMEOUT])),
  '0x02010401': ['推流用户推流中断。', '调用 publish 重新进行推流。'],
  '0x02010402': ['订阅用户订阅流中断。', '确认对方是否停止推流。'],
  '0x02010403': ['订阅远端流失败：远端流已经停止发布。', '在对方重新推流后再订阅。'],
  '0x01060101': ['提示性能差。', '关掉一些消耗 CPU 的处理，例如关闭美颜、关闭视频推流等。'],
  '0x01060102': ['提示性能恢复，当前应用运行正常。', '无需处理。'],
  '0x02010121': ['客户端不兼容，未正确开启 H5 兼容模式。', '重新检查 H5 兼容模式是否正确开启。'],
  '0x05040002': [
    '房间过期，需要重新进入房间。',
    '确认账户余额是否充足；确认 Token 是否过期（可通过 timestamp 参数判断，转成北京时间：本身即过期时间，或本身 + 48 小时为过期时间）；确认 AppId 与 AppKey 匹配（一个 AppId 对应唯一的 AppKey）；确认鉴权参数是否正确。',
  ],
  '0x02010903': ['入会失败：频道模式无效。', '重新检查用户入会模式和其他用户的入会模式（频道模式）是否一致。'],
  ERROR_ROOM_LEAVING_NOW: ['调用离开频道 API 时，当前用户已经在离会中了。', '等离会任务结束后再进行其他操作。'],
  ERROR_ROOM_NOT_IN_THE_CHANNEL: ['当前用户不在频道中。', '请先入会，再执行其他推拉流相关的操作。'],
  '0x01010401': ALREADY_PUBLISHING,
  '0x01010404': ALREADY_PUBLISHING,
  ERROR_PUBLISH_NOT_PUBLISHER: ['调用停止推流 API 时，当前用户并没有在推流。', '不要重复调用停止推流的 API。'],
  ERROR_PUBLISH_CONFIG_IS_INVALID: ['Publish 的配置错误。', '检查 Publish 的配置信息。'],
  ERROR_SUBSCRIBE_CONFIG_IS_INVALID: ['Subscribe 的配置错误。', '检查 Subscribe 的配置信息。'],
  SOPHON_RESULT_UPDATE_ROLE_ERROR: [
    '更新角色失败。',
    '请确认当前的 channelProfile（频道类型），如果是 Communication（通信）模式，无需设置 ClientRole（角色类型）；更新角色需要在停止推流的时候。',
  ],
  SDK_WARNING_NETWORK_WEAK: ['网络质量较差。', CHECK_NETWORK],
  SDK_WARNING_NETWORK_RECOVERY: ['网络质量恢复。', '无需处理。'],
  SDK_WARNING_LOCAL_NETWORK_DISCONNECT: ['本地网络连接断开。', CHECK_NETWORK],
  SDK_WARNING_REMOTE_NETWORK_DISCONNECT: ['远端用户网络连接断开。', '等待远端用户恢复。'],
  SDK_WARNING_LOCAL_NETWORK_CONNECT: ['本地网络连接恢复。', '无需处理。'],
  SDK_WARNING_REMOTE_NETWORK_CONNECT: ['远端用户网络连接恢复。', '无需处理。'],
  SDK_AUDIO_INPUT_BUFFER_FULL: [
    '外部音频输入时，频次过快导致缓冲饱和。',
    '降低外部输入频次：建议每次等待 20 ms，并且单次不超过 40 ms 数据。',
  ],
  SDK_RESULT_PUBLISH_WRONG_ROLE_ERROR: ['观众角色不能推流。', '请确认当前角色；切换为主播角色后再推流。'],
  '0x01090003': ['打开文件失败。', '请检查文件路径是否正确，文件是否具有可读权限。'],
  WARN_DEFAULT: ['默认告警信息。', '无特定处理；留意随后出现的错误。'],
  ERROR_H5_COMPATIBLE_MODE: ['配置错误：H5 兼容模式错误。', '在非 H5 端开启 H5 兼容模式。'],
}))();

const MEDIA_DEVICE: Record<string, LocalizedText> = {
  ERROR_DEVICE_UNKNOWNERROR: ['未知的媒体设备错误。', '检查摄像头和麦克风后重试。'],
  ERROR_DEVICE_AUDIODEVICE_NOTFOUND: ['未找到麦克风。', '请用户接入麦克风，或选择其他设备。'],
  ERROR_DEVICE_VIDEODEVICE_NOTFOUND: ['未找到摄像头。', '请用户接入摄像头，或选择其他设备。'],
  ERROR_DEVICE_NOTFOUND: ['未找到摄像头或麦克风。', '请用户接入设备，或选择其他设备。'],
  ERROR_DEVICE_AUDIODEVICE_NOTALLOWED: ['麦克风权限被拒绝。', ALLOW],
  ERROR_DEVICE_VIDEODEVICE_NOTALLOWED: ['摄像头权限被拒绝。', ALLOW],
  ERROR_DEVICE_NOTALLOWED: ['摄像头或麦克风权限被拒绝。', ALLOW],
  ERROR_DEVICE_AUDIODEVICE_NOTREADABLE: [
    '麦克风无法启动（可能被其他应用占用）。',
    '请用户关闭占用麦克风的其他应用后重试。',
  ],
  ERROR_DEVICE_VIDEODEVICE_NOTREADABLE: [
    '摄像头无法启动（可能被其他应用占用）。',
    '请用户关闭占用摄像头的其他应用后重试。',
  ],
  ERROR_DEVICE_NOTREADABLE: ['摄像头或麦克风无法启动（可能被其他应用占用）。', '请用户关闭占用设备的其他应用后重试。'],
  ERROR_DEIVCE_CONSTRAINEDERROR: ['没有设备满足所请求的约束条件。', '放宽约束（分辨率、帧率、设备 ID）后重试。'],
  ERROR_SCREENSHARE_UNKNOWNERRO: ['屏幕共享因未知原因失败。', '请用户重新选择要共享的屏幕。'],
  ERROR_SCREENSHARE_NOTALLOWED: ['屏幕共享未被允许（用户取消或拒绝了选择框）。', '请用户重新开始屏幕共享并允许。'],
  ERROR_SCREENSHARE_ENDED: ['屏幕共享已结束（用户停止了共享）。', '如有需要，重新开始屏幕共享。'],
  ERROR_SCREENSHARE_NOPERMISSION: [
    '系统不允许该浏览器录制屏幕。',
    '请用户在系统设置（macOS：隐私与安全性）中允许浏览器录制屏幕，然后重启浏览器。',
  ],
  ERROR_SCREENSHARE_INVALIDACCESS: [
    '浏览器拒绝了屏幕共享请求（InvalidAccessError，例如不在用户操作中发起）。',
    '在用户操作（如点击）中发起屏幕共享。',
  ],
  ERROR_SCREENSHARE_NOTSUPPORT: ['该浏览器不支持屏幕共享。', SUPPORTED],
  ERROR_DEVICE_NOTSUPPORT: ['该浏览器不支持媒体设备。', SUPPORTED],
};

const RTS: Record<string, LocalizedText> = {
  ERROR_SIGNAL_ERROR: ['RTS 信令错误。', '退避后重试；检查网络。'],
  ERROR_PLAY_FAILED: ['RTS 播放失败。', '重新订阅。'],
  ERROR_NOTSUPPORT_WEBRTC: ['该浏览器不支持 WebRTC。', SUPPORTED],
  ERROR_BROWSER_NOTSUPPORT: ['不支持该浏览器。', SUPPORTED],
  ERROR_BROWSER_VERSIONLOW: ['浏览器版本过低。', '请用户升级浏览器。'],
  ERROR_NOTSUPPORT_H264: ['该浏览器不支持 H.264。', '使用支持 H.264 的浏览器，或改用其他编码。'],
  ERROR_CREATEOFFER: ['创建 WebRTC offer 失败。', '重新入会；检查浏览器支持情况。'],
  ERROR_NO_DATACHANNEL: ['DataChannel 不可用。', '重新入会；确认已开启 DataChannel。'],
  ERROR_INIT_LOCAL_FAIL: ['创建本地流失败。', '检查摄像头和麦克风后重试。'],
  ERROR_HEMLELEMENT_NOTMATCH: ['HTML 元素与流不匹配。', '视频请传入 video 元素，音频请传入 audio 或 video 元素。'],
  ERROR_AUTOPLAY_ERROR: ['浏览器阻止了自动播放。', '显示一个按钮，用户点击后恢复播放。'],
  ERROR_PLAY_URL: ['播放地址错误。', '检查播放地址。'],
  ERROR_SUBSCRIBE_NOTHING: ['没有可订阅的内容。', '在远端用户推流后再订阅。'],
  ERROR_HTMLELEMENT_ERROR: ['HTML 元素无效。', '传入有效的媒体元素。'],
  ERROR_HTTPREQUEST_ERROR: ['RTS HTTP 请求失败。', '退避后重试；检查网络。'],
  ERROR_ANSWER_ERROR: ['WebRTC answer 错误。', '重新入会。'],
  ERROR_INBOUND_TIMEOUT: ['媒体数据未按时到达。', '稍等；若流未恢复，请重新订阅。'],
  ERROR_STREAM_ENDED: ['流已结束。', '稍等；若流未恢复，请重新订阅。'],
  ERROR_PC_DISCONNECTED: ['PeerConnection 已断开。', '等待 SDK 重连；若未恢复，请重新入会。'],
  ERROR_TRANSPORT_CLOSED: ['媒体传输已关闭。', '等待 SDK 重连；若未恢复，请重新入会。'],
  ERROR_SIGNAL_URL: ['信令地址错误。', '检查信令地址。'],
  ERROR_IP_MIGRATE: ['网络地址发生变化（IP 迁移）。', '等待 SDK 重连；若未恢复，请重新入会。'],
  ERROR_PUBLISH_URL: ['推流地址错误。', '检查推流地址。'],
  ERROR_PUBLISH_NOAUDIO: ['推流失败：没有音频。', '先创建音频轨道再推流。'],
  ERROR_PUBLISH_NOSTREAM: ['推流失败：没有流。', '先创建本地流再推流。'],
  ERROR_DATACHANNEL_PARAM: ['DataChannel 参数无效。', '检查 DataChannel 参数。'],
  ERROR_DATACHANNEL_OPEN: ['打开 DataChannel 失败。', '重试；检查网络。'],
  ERROR_DATACHANNEL_CLOSE: ['DataChannel 已关闭。', '等待 SDK 重连；若未恢复，请重新入会。'],
  ERROR_MEDIASTREAMTRACK_TYPE_ERROR: ['传入的值不是 MediaStreamTrack。', '传入 MediaStreamTrack。'],
  ERROR_MEDIASTREAMTRACK_KIND_ERROR: ['MediaStreamTrack 类型错误。', '音频传入音频轨道，视频传入视频轨道。'],
  ERROR_MEDIASTREAMTRACK_AUDIO_NONE: ['没有音频轨道。', '传入音频轨道。'],
  ERROR_CUSTOMSTREAM_NONE: ['没有自定义流。', '传入自定义流。'],
  ERROR_CUSTOMSTREAM_INVALID: ['自定义流无效。', '传入有效的 MediaStream。'],
  ERROR_CUSTOMSTREAM_TRACK_NONE: ['自定义流中没有轨道。', '传入至少包含一条轨道的 MediaStream。'],
  ERROR_PREERCONNECTION_UNKNOWN: ['未知的 PeerConnection 错误。', '重新入会。'],
  ERROR_SUBADD_NO_RESULT: ['添加订阅没有返回结果。', '重新订阅。'],
  ERROR_PUBADD_NO_RESULT: ['添加推流没有返回结果。', '重新推流。'],
  ERROR_SINGLE_PC_STREAM_ERROR: ['共享 PeerConnection 上的流出错。', '等待 SDK 重连；若未恢复，请重新入会。'],
  ERROR_SINGLE_PC_STREAM_RECONNECT_FAILED: ['共享 PeerConnection 上的流重连失败。', '重新入会。'],
  ERROR_SINGLE_PC_FULL_RECONNECT: ['共享 PeerConnection 正在整体重连。', '等待 SDK 重连。'],
  ERROR_SINGLE_PC_FULL_RECONNECT_FAILED: ['共享 PeerConnection 整体重连失败。', '重新入会。'],
  DATACHANNEL_SIGNAL_ERROR: ['DataChannel 信令错误。', '退避后重试；检查网络。'],
  DATACHANNEL_SET_OFFER_ERROR: ['DataChannel：设置 offer 失败。', '重新入会。'],
  DATACHANNEL_SET_ANSWER_ERROR: ['DataChannel：设置 answer 失败。', '重新入会。'],
  DATACHANNEL_CREATE_OFFER_ERROR: ['DataChannel：创建 offer 失败。', '重新入会。'],
  DATACHANNEL_RESPONSE_ERROR: ['DataChannel：服务端返回错误。', '退避后重试。'],
  DATACHANNEL_PARSE_ERROR: ['DataChannel：无法解析服务端响应。', '退避后重试。'],
  DATACHANNEL_TIMEOUT_ERROR: ['DataChannel：请求超时。', '退避后重试；检查网络。'],
  CORE_NO_PC_ERROR: ['没有 PeerConnection。', '重新入会。'],
  CORE_PUBLIST_EXCEED_ERROR: ['推流数量超出限制。', '减少推流数量。'],
  CORE_PUB_REPLACE_URL_NOT_FOUND: ['未找到要替换的推流。', '重新推流。'],
  CORE_TRANSCEIVERS_NOT_FOUND: [
    '未找到 PeerConnection 的 transceiver。',
    '重新入会；若持续出现，请附上 SDK 版本反馈。',
  ],
  CORE_IGNORE_SIGNAL_REQUEST: ['信令请求被忽略（已被后续请求取代）。', '连接稳定后重试该操作。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorCodeSuccess': ['插件返回码 0 表示成功，不是错误。', '无需处理。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorCodeFailed': ['插件执行失败。', '查看详情。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorNoFindPlugin': ['未找到插件（未添加或未启用）。', '先添加并启用插件。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorParameterError': ['插件参数错误。', '检查插件选项。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorLoadError': ['插件加载失败。', '检查插件文件是否可访问。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorCreateError': ['插件创建失败（可能已存在）。', '每个插件只添加一次。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorInitError': ['插件初始化失败。', '检查插件版本和选项。'],
  'AliRtcPluginErrorCode.AliRtcPluginErrorInitTokenError': ['插件授权（token）无效。', '检查插件授权。'],
};

const R = 'AliRtcConnectionStatusChangeReason.';
const X = 'AliRtcEngineLocalDeviceExceptionType.';
const B = 'AliRtcOnByeType.';
const E = 'AliRtcEngineEventListener.';

const EVENTS: Record<string, LocalizedText> = {
  [`${R}AliRtcConnectionChangedDummyReason`]: ['连接状态因未知原因变化。', '无特定处理。'],
  [`${R}AliRtcConnectionMediaPathChanged`]: ['媒体通道变更。', '无需处理；SDK 已切换通道。'],
  [`${R}AliRtcConnectionSignalingHeartbeatTimeout`]: ['信令心跳超时。', CHECK_NETWORK],
  [`${R}AliRtcConnectionSignalingHeartbeatAlive`]: ['信令心跳恢复。', '无需处理。'],
  [`${R}AliRtcConnectionSignalingHttpDnsResolved`]: ['DNS 解析成功。', '无需处理。'],
  [`${R}AliRtcConnectionSignalingHttpDnsFailure`]: ['DNS 解析失败。', '检查网络和 DNS 设置。'],
  [`${R}AliRtcConnectionSignalingGslbFailure`]: ['GSLB（调度）请求失败。', '检查网络、防火墙和代理。'],
  [`${R}AliRtcConnectionSignalingGslbSuccess`]: ['GSLB（调度）请求成功。', '无需处理。'],
  [`${R}AliRtcConnectionSignalingJoinRoomFailure`]: ['加入频道失败。', '查看加入频道调用返回的错误。'],
  [`${R}AliRtcConnectionSignalingJoinRoomSuccess`]: ['加入频道成功。', '无需处理。'],
  [`${R}AliRtcConnectionSignalingLeaveRoom`]: ['已离开频道。', '无需处理。'],
  [`${R}AliRtcConnectionSignalingConnecting`]: ['信令建立连接中。', '等待连接建立。'],
  [`${R}AliRtcConnectionChangedNetworkInterrupted`]: ['网络连接中断。', '等待 SDK 重连；检查网络。'],
  [`${X}AliEngineLocalDeviceExceptionTypeUnknown`]: ['未知的本地设备异常。', '检查摄像头和麦克风。'],
  [`${X}AliEngineLocalDeviceExceptionTypeMicOpenFail`]: ['麦克风打开失败。', '确认麦克风未被其他应用占用。'],
  [`${X}AliEngineLocalDeviceExceptionTypeMicInterrupt`]: ['麦克风被打断。', '检查麦克风；重新连接或选择其他设备。'],
  [`${X}AliEngineLocalDeviceExceptionTypeMicAuthFail`]: ['麦克风无权限。', '请用户允许访问麦克风后重试。'],
  [`${X}AliEngineLocalDeviceExceptionTypeMicNotAvailable`]: ['无可用麦克风。', '请用户接入麦克风。'],
  [`${X}AliEngineLocalDeviceExceptionTypeSpeakerOpenFail`]: ['扬声器打开失败。', '确认扬声器未被其他应用占用。'],
  [`${X}AliEngineLocalDeviceExceptionTypeSpeakerInterrupt`]: ['扬声器被打断。', '检查扬声器；重新连接或选择其他设备。'],
  [`${X}AliEngineLocalDeviceExceptionTypeSpeakerNotAvailable`]: ['无可用扬声器。', '请用户接入扬声器或耳机。'],
  [`${X}AliEngineLocalDeviceExceptionTypeAudioDeviceException`]: ['音频设备异常。', '检查音频设备。'],
  [`${X}AliEngineLocalDeviceExceptionTypeCameraOpenFail`]: ['摄像头打开失败。', '确认摄像头未被其他应用占用。'],
  [`${X}AliEngineLocalDeviceExceptionTypeCameraInterrupt`]: [
    '摄像头被打断（轨道已结束）。',
    '检查摄像头；重新连接或选择其他设备。',
  ],
  [`${X}AliEngineLocalDeviceExceptionTypeCameraAuthFail`]: ['摄像头无权限。', '请用户允许访问摄像头后重试。'],
  [`${X}AliEngineLocalDeviceExceptionTypeDisplayException`]: [
    '显示设备（屏幕共享）异常或已结束。',
    '如有需要，重新开始屏幕共享。',
  ],
  [`${X}AliEngineLocalDeviceExceptionTypeVideoDeviceException`]: ['视频设备异常。', '检查摄像头。'],
  [`${B}AliRtcOnByeBeKickedOut`]: ['当前用户被踢出频道。', '告知用户已被移出；不要自动重新加入。'],
  [`${B}AliRtcOnByeChannelTerminated`]: ['频道已结束，需要离开会议。', '告知用户会话已结束。'],
  [`${B}AliRtcOnByeUserReplaced`]: [
    '相同 userID 在其他设备加入频道，当前设备被下线。',
    '告知用户已在其他设备登录；不要自动重新加入。',
  ],
  [`${E}authInfoWillExpire`]: ['鉴权信息将在 30 秒后过期。', '获取新的鉴权信息并调用 refreshAuthInfo。'],
  [`${E}authInfoExpired`]: ['鉴权信息已过期。', '获取新的鉴权信息并重新入会，才能继续留在会中。'],
  [`${E}remoteAudioAutoPlayFail`]: [
    '浏览器阻止了远端用户音频的自动播放。',
    '弹窗引导用户点击页面，用户点击后 SDK 会自动尝试播放。',
  ],
  [`${E}remoteVideoAutoPlayFail`]: [
    '浏览器阻止了远端用户视频的自动播放。',
    '弹窗引导用户点击页面，用户点击后 SDK 会自动尝试播放。',
  ],
  [`${E}remoteAudioPlayError`]: ['远端用户的音频播放出错。', '等待播放恢复；若未恢复，请重新订阅。'],
  [`${E}remoteVideoPlayError`]: ['远端用户的视频播放出错。', '等待播放恢复；若未恢复，请重新订阅。'],
  [`${E}sdkAdvisory.lowPerformanceDevice`]: ['当前设备型号在低性能设备名单中。', '降低推拉流的视频规格。'],
  [`${E}networkQuality`]: ['下行网络质量差。', '可考虑降低视频档位；SDK 会自动调整。'],
  [`${E}remoteUserOffLineNotify.AliRtcUserOfflineDropped`]: [
    '远端用户因长时间收不到数据包而超时掉线。',
    '等待远端用户恢复。',
  ],
};

/** Chinese message and action of every aliyun catalog entry. */
export const aliyunZh: LocalePack = {
  locale: 'zh',
  vendor: 'aliyun',
  entries: { ...ERROR_CODE, ...DOCS_ONLY, ...MEDIA_DEVICE, ...RTS, ...EVENTS },
};
