import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '../config/app-config.js';

const ISSUER = 'mcf-platform';
const AUDIENCE = 'mcf-api';

export interface AccessTokenClaims {
  userId: string;
  /** The user's session version when the token was issued. */
  sessionVersion: number;
}

/** Short-lived HS256 access tokens carrying only the user id; everything else is read per request. */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.services.jwtSecret);
  }

  get ttlSeconds(): number {
    return this.config.get('ACCESS_TOKEN_TTL_SECONDS');
  }

  sign(userId: string, sessionVersion: number): Promise<string> {
    return new SignJWT({ sv: sessionVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Null for anything forged, expired, malformed or signed with another algorithm. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sv !== 'number') return null;
      return { userId: payload.sub, sessionVersion: payload.sv };
    } catch {
      return null;
    }
  }
}
