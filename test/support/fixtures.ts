/**
 * Loading fixtures: raw error values as the SDKs really produce them, stored as JSON. The decoder
 * and the loader live beside the fakes (fixtures/fakes/), shared with the demo and
 * `rtc-errors/testing`; this module keeps the tests' imports where they were.
 */
export { decodeRaw, type FixtureCase, type FixtureExpect, type FixtureFile } from '../../fixtures/fakes/decode.js';
export { loadFixtures } from '../../fixtures/fakes/load.js';
