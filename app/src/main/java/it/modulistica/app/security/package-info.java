/** Who may sign in and what they may do: users and roles from the database, login and the API's authentication. */
package it.modulistica.app.security;
