// The API is compiled CommonJS without declarations: the one function the generator uses,
// so every generated user gets a hash made exactly as the API makes it.
declare module '@trident/api/dist/modules/identity/password.js' {
  export function hashPassword(password: string): Promise<string>;
}
