// An app on neverthrow 7 combining our ResultAsync with its own (compiled by neverthrow7.test.ts
// with `neverthrow` mapped to neverthrow 7's declarations).
import { okAsync, ResultAsync } from 'neverthrow';
import { attemptForms, fromSdkPromise, retryResult, wrapClient, type RtcError } from '../../../src/index.js';
import { FakeNgClient, ngTestAdapter } from '../../wrap/support.js';

const ours: ResultAsync<number, RtcError> = fromSdkPromise(Promise.resolve(2), ngTestAdapter);
export const combined: ResultAsync<[number, string], RtcError> = ResultAsync.combine([ours, okAsync('app')] as const);
export const chained = okAsync<number, RtcError>(1).andThen(() => retryResult(() => Promise.resolve(3)));
export const attempt: ResultAsync<void, RtcError> = attemptForms(wrapClient(new FakeNgClient(), ngTestAdapter)).leave();
