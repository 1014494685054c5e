/**
 * The property a foreign key to another module's table hangs on. The relation names the owner's entity
 * (`@ManyToOne('User', …)`) instead of importing it, since modules are sealed: the key and its constraint
 * stay in the schema, and the row is never loaded through this property (ask the owning module's service).
 */
export type ForeignRow = never;
