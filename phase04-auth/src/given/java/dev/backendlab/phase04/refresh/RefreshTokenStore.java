package dev.backendlab.phase04.refresh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The refresh token table, in memory, keyed by token hash. Tests inspect it through {@link #all()}. */
public final class RefreshTokenStore {

    private final Map<String, StoredRefreshToken> rows = new ConcurrentHashMap<>();

    /** Inserts or replaces the row with this token hash. */
    public void save(StoredRefreshToken row) {
        rows.put(row.tokenHash(), row);
    }

    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(rows.get(tokenHash));
    }

    public List<StoredRefreshToken> family(String familyId) {
        return rows.values().stream().filter(row -> row.familyId().equals(familyId)).toList();
    }

    public List<StoredRefreshToken> all() {
        return List.copyOf(rows.values());
    }
}
