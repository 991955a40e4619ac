/**
 * Breaking-news alerts sent by standard Web Push: VAPID (RFC 8292), payload encryption (RFC 8291 over the
 * {@code aes128gcm} content coding of RFC 8188) and delivery to each subscriber's push service (RFC 8030).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package news.broadsheet.alert;
