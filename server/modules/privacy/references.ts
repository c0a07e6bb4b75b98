// Which stored fields refer to a person or an organisation: the rule the personal-data completeness test applies
// to every Mongoose model. A path counts when it holds ObjectIds (one or an array, at any depth in subdocuments) and
//   - declares `ref: 'User'` or `ref: 'Organisation'` (e.g. an `_id` that is a user id, as notification_prefs has), or
//   - is named after a person or organisation: `…userId`, `…organisationId` (any prefix, e.g. smeOrganisationId),
//     `authorId`, `actorId`, `memberId`, `ownerId`, or ends in `By` (who did something: createdBy, verifiedBy, …).
// `supplierId`, `needId` and the like refer to business records, not to people, and do not count.
import type { Schema, SchemaType } from 'mongoose';

const PERSON_REFS = new Set(['User', 'Organisation']);
const PERSON_NAME = /(^|[a-z])(userId|UserId|organisationId|OrganisationId)$|^(authorId|actorId|memberId|ownerId)$|[a-z]By$/;

type Typed = SchemaType & { schema?: Schema; embeddedSchemaType?: SchemaType; caster?: SchemaType };

function isObjectIds(type: Typed): boolean {
  if (type.instance === 'ObjectId') return true;
  const inner = type.embeddedSchemaType ?? type.caster;
  return type.instance === 'Array' && inner?.instance === 'ObjectId';
}

function refOf(type: Typed): unknown {
  const inner = type.embeddedSchemaType ?? type.caster;
  return (type.options as { ref?: unknown }).ref ?? (inner?.options as { ref?: unknown } | undefined)?.ref;
}

function walk(schema: Schema, prefix: string, found: string[]): void {
  schema.eachPath((path, schemaType) => {
    const type = schemaType as Typed;
    if (type.schema) return walk(type.schema, `${prefix}${path}.`, found);
    const last = path.split('.').pop() ?? path;
    if (isObjectIds(type) && (PERSON_REFS.has(String(refOf(type))) || PERSON_NAME.test(last))) found.push(prefix + path);
  });
}

/** The paths of a model that refer to a person or an organisation (empty when none do). */
export function personReferences(model: { schema: Schema }): string[] {
  const found: string[] = [];
  walk(model.schema, '', found);
  return found;
}
