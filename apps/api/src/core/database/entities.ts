import { Organization } from '../../modules/accounts/entities/organization.entity.js';
import { User } from '../../modules/accounts/entities/user.entity.js';

/** Every entity, listed explicitly: globs do not work reliably with ES modules. */
export const ENTITIES = [Organization, User];
