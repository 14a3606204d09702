/**
 * Chinese text of the unified codes. Import it only where Chinese is wanted.
 * @module
 */
import type { RtcErrorCode } from '../codes.js';
import type { LocalePack, LocalizedText } from '../locale.js';
import type { RtcError } from '../RtcError.js';

const entries: Record<RtcErrorCode, LocalizedText> = {
  app_id_invalid: ['App ID（或 AppKey）无效。', '请在厂商控制台核对本项目配置的 App ID。'],
  app_inactive: ['该 App ID 对应的项目未激活。', '请在厂商控制台启用该项目，或改用已激活项目的 App ID。'],
  token_invalid: [
    'Token 无效：与 App ID、频道或用户不匹配。',
    '请在业务服务器上为该 App ID、频道和 uid 重新生成 Token 后再加入。',
  ],
  token_expired: ['Token 已过期。', '请从业务服务器获取新的 Token 并更新（或用它重新加入频道）。'],
  token_expiring: ['Token 即将过期。', '请在过期前从业务服务器获取新的 Token 并更新。'],
  not_authorized: ['用户无权执行该操作。', '请检查 Token 中的角色和权限，或项目的功能开关。'],
  banned: ['用户、IP 或频道已被服务端封禁。', '请告知用户已被封禁，不要自动重新加入。'],
  kicked: ['用户已被移出频道。', '请告知用户已被移出；仅在业务允许时重新加入。'],
  invalid_params: ['传给 SDK 的参数无效。', '请修正传给 SDK 的参数，具体见 detail。'],
  invalid_channel_name: ['频道名无效。', '请使用 SDK 接受的频道名（长度和允许的字符）。'],
  invalid_uid: ['用户 ID 无效。', '请使用 SDK 接受的用户 ID（类型和取值范围）。'],
  uid_conflict: ['频道内已有相同 uid 的用户。', '请为每个用户分配不同的 uid。'],
  invalid_state: ['当前状态下不允许该操作。', '请检查调用顺序（例如先加入频道再发布）。'],
  already_joined: ['客户端已加入频道。', '请先离开当前频道再加入其他频道。'],
  not_joined: ['客户端尚未加入频道。', '请先加入频道再执行该操作。'],
  already_left: ['客户端已离开频道。', '请勿重复调用 leave；如需要请重新加入。'],
  already_published: ['流或轨道已发布。', '请勿重复发布同一个流。'],
  not_published: ['流或轨道尚未发布。', '请先发布再执行该操作。'],
  invalid_usage: [
    '应用对本库 API 的调用有误（未知的操作、错误的选项、在 dispose 之后调用）。',
    '请修改应用代码中的调用：错误详情说明了问题所在。这不是 SDK 故障。',
  ],
  operation_aborted: ['操作在完成前被中止。', '请在连接稳定后重试该操作。'],
  network_timeout: ['网络请求超时。', '请退避重试；如持续发生请检查网络。'],
  network_unavailable: ['网络不可用。', '请等待网络恢复，SDK 会自动重连。'],
  network_degraded: ['网络质量下降。', '可考虑降低视频档位；SDK 会自动调整。'],
  signaling_failed: ['信令连接失败。', '请退避重试；如持续发生请检查防火墙和代理。'],
  gateway_unreachable: ['无法连接厂商网关或边缘服务器。', '请退避重试；检查防火墙、代理和网络。'],
  media_connection_failed: ['媒体（P2P）连接失败。', '请重新加入频道；如持续发生请检查 UDP 和防火墙设置。'],
  remote_network_lost: ['远端用户网络断开。', '请等待远端用户恢复。'],
  server_error: ['服务端内部错误。', '请退避重试；如持续发生请联系厂商。'],
  server_busy: ['服务端繁忙或过载。', '请稍后退避重试。'],
  request_rejected: ['服务端拒绝了请求。', '请检查请求内容和项目设置，具体见 detail。'],
  rate_limited: ['请求过于频繁。', '请降低频率，稍后退避重试。'],
  channel_not_found: ['频道不存在。', '请检查频道名。'],
  channel_conflict: ['频道状态或模式冲突。', '请检查频道场景和用户角色。'],
  session_removed: ['会话已被服务端结束。', '请告知用户会话已结束；如需要请创建新的会话。'],
  permission_denied: ['使用摄像头、麦克风或屏幕的权限被拒绝。', '请引导用户在浏览器或系统设置中允许访问后重试。'],
  device_not_found: ['未找到匹配的摄像头或麦克风。', '请引导用户连接设备或选择其他设备。'],
  device_in_use: ['设备被其他应用占用或无法启动。', '请引导用户关闭占用设备的其他应用后重试。'],
  device_failure: ['设备故障或停止工作。', '请引导用户检查或重新连接设备，或选择其他设备。'],
  device_warning: ['设备报告了可能自行消除的问题。', '请持续关注；如持续存在，建议检查设备。'],
  constraint_not_satisfied: ['没有设备满足所请求的约束条件。', '请放宽约束（分辨率、帧率、设备 ID）后重试。'],
  enumerate_devices_failed: ['获取媒体设备列表失败。', '请重试；并确认页面有枚举设备的权限。'],
  invalid_track: ['流或轨道无效。', '请创建新的轨道或流后使用。'],
  track_disabled: ['轨道已禁用或静音。', '请先启用轨道再执行该操作。'],
  publish_failed: ['发布失败。', '请重新发布；如持续发生请检查网络。'],
  subscribe_failed: ['订阅失败。', '请重新订阅；如持续发生请检查网络。'],
  remote_not_published: ['远端用户未发布该流。', '请在远端用户发布后再订阅。'],
  stream_interrupted: ['媒体流中断。', '请等待流恢复；如未恢复请重新发布或订阅。'],
  media_file_error: ['媒体文件无法加载或解码。', '请检查文件地址、格式和 CORS 头。'],
  screen_share_failed: ['屏幕共享失败。', '请引导用户重新选择屏幕，或检查浏览器支持情况。'],
  dual_stream_failed: ['无法开启小流（双流模式）。', '请继续使用单流，或稍后重试。'],
  live_streaming_failed: ['CDN 推流或转码失败。', '请检查推流地址和转码设置后重试。'],
  relay_failed: ['跨频道媒体流转发失败。', '请检查转发配置和 Token 后重试。'],
  autoplay_blocked: ['浏览器在用户与页面交互前阻止了媒体播放。', '请显示一个按钮，用户点击后恢复播放。'],
  audio_input_overflow: ['音频输入音量过高（削波）。', '请引导用户调低麦克风音量。'],
  low_performance: ['设备性能不足以处理媒体。', '请降低视频档位或关闭其他高负载任务。'],
  not_supported: ['浏览器或平台不支持该功能。', '请使用受支持的浏览器或平台，或关闭该功能。'],
  insecure_context: ['页面不在安全上下文中（HTTPS 或 localhost）。', '请通过 HTTPS 提供页面。'],
  sdk_init_failed: ['SDK 初始化失败。', '请检查 SDK 版本及其文件，然后创建新的客户端。'],
  internal_error: ['发生了意外的内部错误。', '请附上 detail 和 SDK 版本进行反馈。'],
  unknown: ['发生了无法识别的错误。', '请附上 detail 进行反馈；原始值保存在 cause 中。'],
};

/** When calling the operation again makes sense, by category (as the English give-up action says). */
function whenAgain(category: RtcError['category']): string {
  if (category === 'network') return '网络恢复后';
  if (category === 'server') return '稍后（服务故障或过载时）';
  return '稍后';
}

/** The Chinese action of an error a retry policy gave up with (see `gaveUp` in `retry/errors.ts`). */
function giveUpAction(error: RtcError): string {
  const n = error.context.attempts ?? 1;
  const lead =
    error.context.giveUpReason === 'retry-budget'
      ? '共享重试预算已用完（多个客户端重试过多），不再重试'
      : error.context.giveUpReason === 'time-budget'
        ? `在重试时间预算内仍未成功（共 ${n} 次）`
        : `重试后仍未成功（共 ${n} 次，已达策略上限）`;
  const operation = error.operation !== undefined ? `\`${error.operation}\`` : '该操作';
  return `${lead}。请告知用户操作失败，并在${whenAgain(error.category)}再次调用 ${operation}，例如在用户要求时。`;
}

/** Chinese text of every unified code, and the Chinese action of an error a retry policy gave up with. */
export const unifiedZh: LocalePack = { locale: 'zh', vendor: 'unified', entries, giveUpAction };
