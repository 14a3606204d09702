/**
 * Reads the code tables of the installed SDK: enums of `aliyun-rtc-sdk`'s type definitions, the
 * `media-device` package's `DeviceErrorCode`, and enums only present in the ES bundle (RTS transport,
 * DataChannel, plugin codes). Nothing here is typed by hand: the tests compare the catalog to this.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const sdkDir = dirname(require.resolve('aliyun-rtc-sdk/package.json'));
const mediaDeviceDir = dirname(require.resolve('media-device/package.json'));

export const SDK_VERSION = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string })
  .version;
const dts = readFileSync(join(sdkDir, 'dist/types/index.d.ts'), 'utf8');
const bundle = readFileSync(join(sdkDir, 'dist/aliyun-rtc-sdk.es.js'), 'utf8');
const mediaDeviceDts = readFileSync(join(mediaDeviceDir, 'dist/core/error.d.ts'), 'utf8');

/** Members of a numeric TypeScript enum declared in `text`, comments stripped. */
function parseDtsEnum(text: string, name: string): Map<string, number> {
  const match = new RegExp(`declare enum ${name} \\{([\\s\\S]*?)\\n\\}`).exec(text);
  if (!match?.[1]) throw new Error(`enum ${name} not found`);
  const body = match[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const members = new Map<string, number>();
  for (const m of body.matchAll(/(\w+)\s*=\s*(-?\d+)/g)) members.set(m[1] as string, Number(m[2]));
  return members;
}

/** Members of a compiled enum in the bundle (`s[s.NAME = 123] = "NAME"`), on the line holding `anchor`. */
function parseBundleEnum(anchor: string): Map<string, number> {
  const line = bundle.split('\n').find((l) => l.includes(anchor));
  if (!line) throw new Error(`bundle enum with ${anchor} not found`);
  const start = line.lastIndexOf('((s) =>', line.indexOf(anchor));
  const end = line.indexOf('|| {})', line.indexOf(anchor));
  const members = new Map<string, number>();
  for (const m of line.slice(start, end).matchAll(/s\[s\.(\w+) = (-?[\de.]+)\]/g))
    members.set(m[1] as string, Number(m[2]));
  return members;
}

/** Enums of the type definitions the catalog must cover, by enum name. */
export const DTS_ENUMS = {
  AliRtcErrorCode: parseDtsEnum(dts, 'AliRtcErrorCode'),
  AliRtcConnectionStatusChangeReason: parseDtsEnum(dts, 'AliRtcConnectionStatusChangeReason'),
  AliRtcEngineLocalDeviceExceptionType: parseDtsEnum(dts, 'AliRtcEngineLocalDeviceExceptionType'),
  AliRtcOnByeType: parseDtsEnum(dts, 'AliRtcOnByeType'),
  AliRtcLiveTranscodingErrorCode: parseDtsEnum(dts, 'AliRtcLiveTranscodingErrorCode'),
};

/** `DeviceErrorCode` of media-device's type definitions. */
export const MEDIA_DEVICE_CODES = parseDtsEnum(mediaDeviceDts, 'DeviceErrorCode');

/** Enums only in the bundle. */
export const BUNDLE_ENUMS = {
  /** The RTS transport's codes (also holds the media-device codes). */
  rts: parseBundleEnum('ERROR_SIGNAL_ERROR = 10101'),
  dataChannel: parseBundleEnum('DATACHANNEL_SIGNAL_ERROR = 15e3'),
  plugin: parseBundleEnum('AliRtcPluginErrorCodeSuccess = 0'),
};

/** The bundle's source, for tests that check shapes against it. */
export const BUNDLE = bundle;
