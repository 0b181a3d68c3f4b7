/** What the API asks of a password (ASP.NET Identity options in the API); stated next to every new-password field. */
export const passwordPolicy = 'At least 12 characters, with an upper-case letter, a lower-case letter, a digit and a symbol.';
