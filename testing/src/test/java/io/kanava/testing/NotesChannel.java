package io.kanava.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.ConnectionRefusedException;
import io.kanava.DataType;
import io.kanava.EventHub;
import io.kanava.Permission;
import io.kanava.UserSession;

/** A small channel as an application would write it, to run in the harness. */
final class NotesChannel {

    final List<String> disconnected = new CopyOnWriteArrayList<>();
    private final List<Note> notes = new CopyOnWriteArrayList<>();
    private final EventHub hub;

    NotesChannel(EventHub hub) {
        this.hub = hub;
    }

    ChannelDefinition notes() {
        return ChannelDefinition.builder("notes")
                .route("/boards/{board}")
                .event("notes:added", Note.class)
                .onConnect(connection -> {
                    if (connection.queryParameter("banned").isPresent()) {
                        throw new ConnectionRefusedException("Banned from "
                                + connection.pathParameter("board").get());
                    }
                    hub.subscribe("notes:added", connection);
                })
                .onDisconnect(
                        connection -> disconnected.add(connection.subject().orElse("anonymous")))
                .middleware((event, connection, next) -> {
                    if (!event.data().asJsonObject().getString("text").startsWith("secret")) {
                        next.forward(event);
                    }
                })
                .action(ActionDefinition.of(
                                "list", Void.class, DataType.listOf(Note.class), (none, context) -> List.copyOf(notes))
                        .auth(false))
                .action(ActionDefinition.of("login", String.class, String.class, (subject, context) -> {
                            context.connection().startSession(UserSession.of(subject, java.util.Set.of("editor")));
                            return subject;
                        })
                        .auth(false))
                .action("add", Note.class, Note.class, (note, context) -> {
                    notes.add(note);
                    hub.publish("notes:added", note);
                    return note;
                })
                .action(ActionDefinition.of("clear", Void.class, (none, context) -> notes.clear())
                        .permissions("editors", Permission.role("editor")))
                .action(ActionDefinition.of("find", Integer.class, Note.class, (index, context) -> {
                            if (index >= notes.size()) {
                                throw new ActionException("note_not_found", "No note " + index);
                            }
                            return notes.get(index);
                        })
                        .errors("note_not_found"))
                .action(ActionDefinition.async(
                        "count",
                        Void.class,
                        Integer.class,
                        (none, context) -> CompletableFuture.supplyAsync(notes::size)))
                .build();
    }
}
