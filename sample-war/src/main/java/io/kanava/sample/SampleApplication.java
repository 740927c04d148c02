package io.kanava.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sample's REST resources live under {@code /api}. */
@ApplicationPath("api")
public class SampleApplication extends Application {}
