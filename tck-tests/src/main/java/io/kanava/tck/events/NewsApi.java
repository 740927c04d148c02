package io.kanava.tck.events;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST resources of the event scenarios live under {@code /api}. */
@ApplicationPath("api")
public class NewsApi extends Application {}
