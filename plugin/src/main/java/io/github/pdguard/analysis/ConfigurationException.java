package io.github.pdguard.analysis;

/**
 * A configuration value that cannot be used. The message names the parameter, the value and
 * what would be right, so a front end can show it as it is, without a stack trace.
 */
public class ConfigurationException extends Exception {
    private final String parameter;

    public ConfigurationException(String parameter, String message) {
        super("Parameter '" + parameter + "': " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
