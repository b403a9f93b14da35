package dev.backendlab.phase05.odm;

import java.util.List;
import java.util.Optional;

/**
 * A model's collection and fields. With {@code timestamps}, saving sets {@code createdAt} (once) and
 * {@code updatedAt} (every save) from the model's clock, as Mongoose's {@code {timestamps: true}}.
 */
public record Schema(String collection, List<Field> fields, boolean timestamps) {

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
