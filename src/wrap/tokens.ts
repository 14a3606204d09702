/**
 * Token renewal: the app's `renewToken` asked for a new token when the SDK warns that it expires
 * (then handed to the SDK's renew method) or when an operation fails with it (then the operation
 * is retried with it).
 * @module
 */
import type { RtcError } from '../RtcError.js';
import type { RecoveredEvent } from '../signals.js';
import { InstrumentationCore } from './core.js';
import { callOnce } from './invoke.js';
import type { RenewedToken } from './sink.js';
import type { OperationSpec } from './surface.js';

/** A shallow copy of an options argument with its token property replaced (see `OperationSpec.tokenKey`). */
export function withToken(options: unknown, key: string, token: RenewedToken): unknown {
  return { ...(typeof options === 'object' && options !== null ? options : {}), [key]: token };
}

/** Token renewal on top of the shared state. */
export class TokenRenewal extends InstrumentationCore {
  protected async callRenew(token: RenewedToken): Promise<void> {
    const renew = this.config.surface.renew;
    if (!renew) return;
    const fn = this.original(renew.method);
    if (!fn) throw new TypeError(`${renew.method} is not a function of this object`);
    await callOnce(
      { style: renew.style },
      fn,
      this.target,
      [token],
      () => undefined,
      () => undefined,
    );
  }

  protected async renewForOperation(
    name: string,
    spec: OperationSpec,
    error: RtcError,
    setToken: (token: RenewedToken) => void,
  ): Promise<boolean> {
    const renewToken = this.config.renewToken;
    const renew = this.config.surface.renew;
    if (!renewToken || (error.code !== 'token_expired' && error.code !== 'token_invalid')) return false;
    if (spec.tokenArg === undefined && !renew) return false;
    const step = spec.tokenArg !== undefined ? 'renewToken' : (renew?.method ?? 'renewToken');
    try {
      const token = await renewToken({ reason: 'rejected', error, operation: name });
      if (spec.tokenArg !== undefined) setToken(token);
      else await this.callRenew(token);
      return true;
    } catch (raw) {
      if (this.installed) this.reportFailure(raw, step);
      return false;
    }
  }

  protected renewFromEvent(error: RtcError): void {
    const renewToken = this.config.renewToken;
    const renew = this.config.surface.renew;
    if (!renewToken || !renew || this.renewing) return;
    const expiring = error.code === 'token_expiring';
    const expired = error.code === 'token_expired' && renew.afterExpiry === true;
    if (!expiring && !expired) return;
    this.renewing = true;
    let step = 'renewToken';
    void (async () => {
      try {
        const token = await renewToken({ reason: expiring ? 'expiring' : 'expired', error });
        if (!this.installed) return;
        step = renew.method;
        await this.callRenew(token);
        if (!this.installed) return;
        const recovered: RecoveredEvent = {
          code: error.code,
          vendor: error.vendor,
          ...(error.vendorCode !== undefined ? { vendorCode: error.vendorCode } : {}),
          ...(error.vendorName !== undefined ? { vendorName: error.vendorName } : {}),
          detail: `token renewed with ${renew.method}()`,
          context: { renewed: true },
          cause: error.cause,
        };
        this.each((sink) => sink.recovered(recovered));
      } catch (raw) {
        if (this.installed) this.reportFailure(raw, step);
      } finally {
        this.renewing = false;
      }
    })();
  }
}
