package io.kanava.tck.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.kanava.EventHub;

/** {@code POST /api/news/{topic}} with a text body publishes it: the EventHub outside any channel. */
@Path("news/{topic}")
@RequestScoped
public class NewsResource {

    @Inject
    EventHub hub;

    @POST
    public void publish(@PathParam("topic") String topic, String text) {
        hub.publish(topic, new Headline(text, -1));
    }
}
