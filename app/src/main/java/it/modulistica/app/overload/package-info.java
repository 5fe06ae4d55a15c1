/** What the platform does when it cannot take more: admission of requests, 503 with Retry-After. */
package it.modulistica.app.overload;
