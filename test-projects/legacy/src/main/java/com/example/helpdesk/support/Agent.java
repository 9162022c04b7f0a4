package com.example.helpdesk.support;

/** A support agent: an employee who answers tickets. */
public class Agent {
    private final String login;
    private final String displayName;
    private final String email;
    private final int extension;

    public Agent(String login, String displayName, String email, int extension) {
        this.login = login;
        this.displayName = displayName;
        this.email = email;
        this.extension = extension;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public int getExtension() {
        return extension;
    }
}
