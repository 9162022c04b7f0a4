package com.shop.accounts;

/** 404 of the account API. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
