/** Where the launchers report progress; the API passes its pino logger, scripts pass console. */
export interface ServiceLog {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleServiceLog: ServiceLog = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
};

/** An infrastructure service that this process started and must stop again. */
export interface StartedService {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

/** Raised when a service can be neither found nor started; the message says what to install. */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: 'postgres' | 'meilisearch' | 'redis',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}
