/**
 * Cookies and server-side sessions.
 *
 * <p>Start with {@link dev.backendlab.phase04.session.SetCookieSerializer} (writing the given
 * {@link dev.backendlab.phase04.session.SetCookie}) and
 * {@link dev.backendlab.phase04.session.CookieHeader} (RFC 6265 both ways), then
 * {@link dev.backendlab.phase04.session.SignedCookies} (tamper detection) and
 * {@link dev.backendlab.phase04.session.SessionStore} (timeouts, a new id at login, logout), tied
 * together by {@link dev.backendlab.phase04.session.SessionCookies}.
 */
package dev.backendlab.phase04.session;
