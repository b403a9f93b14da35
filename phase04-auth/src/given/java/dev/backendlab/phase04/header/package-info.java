/**
 * The Authorization header: Bearer (RFC 6750) and Basic (RFC 7617) credentials, parsed strictly,
 * refused with the right status and challenge, and never leaked into logs or error messages.
 *
 * <p>Start with {@link dev.backendlab.phase04.header.AuthorizationHeaderParser#parse}.
 */
package dev.backendlab.phase04.header;
