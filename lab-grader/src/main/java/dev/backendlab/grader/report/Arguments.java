package dev.backendlab.grader.report;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments, as the POM passes them to the report mains. */
record Arguments(Map<String, String> values) {

    static Arguments parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            String value = arg.substring(eq + 1);
            // Maven passes an undefined property such as ${test} through as written: treat it as unset.
            if (!value.startsWith("${")) {
                values.put(arg.substring(2, eq), value);
            }
        }
        return new Arguments(values);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return "true".equals(values.get(name));
    }
}
