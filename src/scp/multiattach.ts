/**
 * Whether a volume type lets several servers attach one volume. Cinder writes the capability
 * in the type's extra specs as `"<is> True"`; a type without the spec (or `"<is> False"`) does
 * not allow it. Apart from the schema, so the UI that asks carries no zod.
 */
export function allowsMultiattach(extraSpecs: { multiattach?: string | null | undefined }): boolean {
  return /^(<is>\s*)?true$/i.test(extraSpecs.multiattach?.trim() ?? '');
}
