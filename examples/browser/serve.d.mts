/** Types of serve.mjs, for the browser tests that import it. */
export declare const root: string;
export declare function prepare(options?: { log?: (message: string) => void }): Promise<void>;
export interface Served {
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}
export declare function serve(options?: { port?: number }): Promise<Served>;
