import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { PasswordResetToken } from './entities/password-reset-token.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';

@Injectable()
export class SessionTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertRefreshToken(
    token: Omit<RefreshToken, 'id' | 'createdAt' | 'rotatedAt' | 'revokedAt' | 'successorSealed' | 'graceUsedAt'>,
    manager?: EntityManager,
  ) {
    await (manager ?? this.dataSource.manager)
      .getRepository(RefreshToken)
      .insert({ ...token, rotatedAt: null, revokedAt: null, successorSealed: null, graceUsedAt: null });
  }

  /** Locks the row so that two refreshes with the same token cannot both rotate it. */
  findRefreshTokenForUpdate(tokenHash: string, manager: EntityManager): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  findRefreshToken(tokenHash: string, manager?: EntityManager): Promise<RefreshToken | null> {
    return (manager ?? this.dataSource.manager).getRepository(RefreshToken).findOne({ where: { tokenHash } });
  }

  async markRotated(id: string, successorSealed: string, manager: EntityManager) {
    await manager.getRepository(RefreshToken).update({ id }, { rotatedAt: new Date(), successorSealed });
  }

  /** Spends the one reuse of the grace window; the sealed successor is not needed any more. */
  async markGraceUsed(id: string, manager: EntityManager) {
    await manager.getRepository(RefreshToken).update({ id }, { graceUsedAt: new Date(), successorSealed: null });
  }

  async revokeFamily(familyId: string, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOfUser(userId: string, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async insertPasswordReset(token: Pick<PasswordResetToken, 'userId' | 'tokenHash' | 'expiresAt' | 'createdBy'>, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).getRepository(PasswordResetToken).insert({ ...token, usedAt: null });
  }

  findPasswordResetForUpdate(tokenHash: string, manager: EntityManager): Promise<PasswordResetToken | null> {
    return manager.getRepository(PasswordResetToken).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markPasswordResetUsed(id: string, manager: EntityManager) {
    await manager.getRepository(PasswordResetToken).update({ id }, { usedAt: new Date() });
  }
}
