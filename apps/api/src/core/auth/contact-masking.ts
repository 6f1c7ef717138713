import type { FieldMiddleware } from '@nestjs/graphql';
import { CONTACT_ROLES, maskAddress, maskPhone } from '@stardesk/domain';
import type { GraphqlContext } from '../graphql/graphql-context';

/**
 * PIPL: a customer's phone and address are shown whole only to roles whose work needs them
 * (CONTACT_ROLES: dispatchers, technicians, administrators); managers and auditors get them masked
 * (138****5678). A manager sees one whole through revealCustomerContact, which is logged. Applied as field middleware so every
 * path to the field — lists, nested objects, other modules' models — is masked the same way.
 */
function masking(mask: (value: string) => string): FieldMiddleware {
  return async (ctx, next) => {
    const value: unknown = await next();
    if (typeof value !== 'string' || value === '') return value;
    const role = (ctx.context as GraphqlContext).req?.principal?.role;
    return role && CONTACT_ROLES.includes(role) ? value : mask(value);
  };
}

export const maskedPhoneField = masking(maskPhone);
export const maskedAddressField = masking(maskAddress);
