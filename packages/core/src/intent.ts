/**
 * The events that show a user means to open the widget, as the words of their names: the DOM's
 * `pointerenter`, `focus`, `touchstart` (lower case), React's `onPointerEnter`… (`on` + word),
 * Vue's `onPointerenter`…. With `prefetchOnIntent`, a trigger prefetches on each of them.
 */
export const BELVO_INTENT_EVENTS = ['PointerEnter', 'Focus', 'TouchStart'] as const

/** A trigger's options, the same in every binding. */
export interface BelvoTriggerOptions {
  /**
   * Start the token request and the script load on intent (see `BELVO_INTENT_EVENTS`), so the
   * widget is on screen as the click lands. Default `false`: a user who hovers and never clicks
   * costs a token request (tokens live 10 minutes; intent again within them costs nothing).
   */
  prefetchOnIntent?: boolean
}
