package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What {@link Schema#validate} found.
 *
 * @param value  the document with coercions applied ({@code "2000"} became {@code 2000}), or null when
 *               there are errors
 * @param errors every violation, in schema order; empty when the document is valid
 */
public record ValidationResult(JsonNode value, List<Violation> errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
