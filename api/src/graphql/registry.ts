/**
 * What the modules put at a request's disposal, as each module declares it in its manifest
 * (`declare module '…/graphql/registry'`): the request context and the caller are typed from
 * these, so neither imports any module — no import runs from the context back to a service.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules
export interface ServiceRegistry {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules
export interface LoaderRegistry {}
