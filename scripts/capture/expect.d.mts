/** What a user of rtc-errors should get for one captured case: the `expect` block of its fixture. */
export declare function expectFor(vendor: string, c: unknown): Record<string, unknown>;
