package it.modulistica.workflow;

/** A permitted move: the action, the state it leaves and the state it reaches. */
public record Transition(Action action, String from, String to) {
}
