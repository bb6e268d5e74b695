package org.reggraph.api;

import io.javalin.http.Context;
import java.util.Locale;

/** Reads request parameters with bounds; a bad one is a 400 that names it and says why. */
final class Params {
    static final int MAX_QUERY_CHARS = 2_000;

    private Params() {
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw outOfBounds(name, raw, min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw outOfBounds(name, raw, min, max);
        }
    }

    static String requiredText(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        if (value.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_QUERY_CHARS + " characters");
        }
        return value;
    }

    static String optionalText(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_QUERY_CHARS + " characters");
        }
        return value.trim();
    }

    /** {@code true} or {@code false}, or null when the parameter is absent. */
    static Boolean booleanParam(Context ctx, String name) {
        String raw = optionalText(ctx, name);
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false, was '" + raw + "'");
        };
    }

    static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, E fallback) {
        String raw = optionalText(ctx, name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + allowed + ", was '" + raw + "'");
        }
    }

    private static ApiException outOfBounds(String name, String raw, int min, int max) {
        return ApiException.badRequest("parameter '" + name + "' must be an integer from " + min + " to " + max
                + ", was '" + raw + "'");
    }
}
