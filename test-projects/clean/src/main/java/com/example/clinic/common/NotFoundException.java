package com.example.clinic.common;

/** Thrown when an entity with a given id does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, long id) {
        super(entity + " " + id + " not found");
    }
}
