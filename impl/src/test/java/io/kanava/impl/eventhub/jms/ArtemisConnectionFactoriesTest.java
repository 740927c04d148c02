package io.kanava.impl.eventhub.jms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A broker URL gets a send timeout and pools of its own, unless it says otherwise. */
class ArtemisConnectionFactoriesTest {

    @Test
    void aBareUrlGetsTheTimeoutAndPoolsOfItsOwn() {
        assertEquals(
                "tcp://127.0.0.1:61616?callTimeout=5000&useGlobalPools=false&useGlobalWorkerPool=false",
                ArtemisConnectionFactories.withDefaults("tcp://127.0.0.1:61616"));
    }

    @Test
    void parametersOfTheUrlAreKeptAndTheDefaultsAppended() {
        assertEquals(
                "tcp://broker:61616?callTimeout=1000&ha=true&useGlobalPools=false&useGlobalWorkerPool=false",
                ArtemisConnectionFactories.withDefaults("tcp://broker:61616?callTimeout=1000&ha=true"));
    }

    @Test
    void anApplicationMayStillChooseTheGlobalPools() {
        assertEquals(
                "tcp://broker:61616?useGlobalPools=true&callTimeout=5000&useGlobalWorkerPool=false",
                ArtemisConnectionFactories.withDefaults("tcp://broker:61616?useGlobalPools=true"));
    }
}
