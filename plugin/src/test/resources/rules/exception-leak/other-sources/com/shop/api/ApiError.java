package com.shop.api;

/** The error body of the REST API; not a Throwable. */
public record ApiError(int status, String detail) {
}
