package io.kanava.tck.events;

/** The classes of the news application the event scenarios run against: its channels, REST API and helpers. */
public final class NewsArchive {

    private NewsArchive() {}

    /**
     * Returns the application's classes.
     *
     * @return a new array of them
     */
    public static Class<?>[] classes() {
        return new Class<?>[] {
            NewsChannels.class,
            OwnEvent.class,
            FeedTrail.class,
            SubscriberGauge.class,
            HeardEvents.class,
            Headline.class,
            TopicRequest.class,
            NewsResource.class,
            NewsApi.class
        };
    }
}
