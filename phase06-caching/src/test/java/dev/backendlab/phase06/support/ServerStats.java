package dev.backendlab.phase06.support;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Redis server itself counted, from INFO commandstats: how many times each command ran.
 * Tests compare two snapshots, so whatever ran before them does not matter.
 */
public final class ServerStats {

    private static final Pattern LINE = Pattern.compile("^cmdstat_([a-z|_-]+):calls=(\\d+)", Pattern.MULTILINE);

    private final Map<String, Long> calls;

    private ServerStats(Map<String, Long> calls) {
        this.calls = calls;
    }

    public static ServerStats snapshot(RedisCommands<String, String> redis) {
        Map<String, Long> calls = new HashMap<>();
        Matcher m = LINE.matcher(redis.info("commandstats"));
        while (m.find()) {
            calls.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return new ServerStats(calls);
    }

    /** How many more times {@code command} (lower case, "set") ran at {@code later} than at this snapshot. */
    public long callsUntil(ServerStats later, String command) {
        return later.calls.getOrDefault(command, 0L) - calls.getOrDefault(command, 0L);
    }
}
