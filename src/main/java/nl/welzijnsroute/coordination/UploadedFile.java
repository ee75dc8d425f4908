package nl.welzijnsroute.coordination;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** One file of a deployment: its name (without folders) and its bytes, as uploaded or as deployed before. */
public record UploadedFile(String name, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(content);
        name = baseName(name);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** "C:\\modeller\\wor-routing.dmn", "processes/wor-routing.dmn" → "wor-routing.dmn". */
    static String baseName(String name) {
        String trimmed = name.trim();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile that && name.equals(that.name) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
