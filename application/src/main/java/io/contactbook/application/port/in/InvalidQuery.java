package io.contactbook.application.port.in;

import java.util.Map;

/** A query parameter the use case cannot answer (a limit out of range, a cursor made for another query). */
public class InvalidQuery extends RuntimeException {

    private final String parameter;
    private final String problem;

    public InvalidQuery(String parameter, String problem) {
        super(parameter + " " + problem, null, false, false);
        this.parameter = parameter;
        this.problem = problem;
    }

    /** The parameter mapped to what is wrong with it, as the error envelope's details. */
    public Map<String, String> details() {
        return Map.of(parameter, problem);
    }
}
