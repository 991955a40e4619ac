/**
 * Infrastructure every node shares: the database (embedded PostgreSQL when none is configured) and
 * cluster-wide notifications over PostgreSQL LISTEN/NOTIFY.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package news.broadsheet.platform;
