package dev.backendlab.phase05.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backendlab.grader.fixtures.postgres.TestDatabase;

/** HikariCP pools on a test database, sized small so a leaked connection shows at once. */
public final class Pools {

    private Pools() {
    }

    /**
     * A pool of at most {@code size} connections that waits 2 s for a free one: code that leaks
     * connections fails with "Connection is not available" after {@code size} calls, not after a
     * 30 s default wait.
     */
    public static HikariDataSource pool(TestDatabase db, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.user());
        if (db.password() != null) {
            config.setPassword(db.password());
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(2_000);
        config.setPoolName(db.name());
        return new HikariDataSource(config);
    }

    /** Connections borrowed from the pool and not given back yet. */
    public static int borrowed(HikariDataSource pool) {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }
}
