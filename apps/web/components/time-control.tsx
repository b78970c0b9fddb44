import type { TimeParams } from "../lib/time-params";

/**
 * The date control of relation, country and fact pages: a plain GET form (no client script), so
 * both kinds of time end up in the address and a view can be bookmarked and shared. Empty
 * fields are ignored by the page. `error` (a bad or future date) is shown here, as an alert.
 */
export function TimeControl({ action, time }: { action: string; time?: TimeParams }) {
  const asOfDay = time?.typed.asOf ?? "";
  return (
    <form className="time-control" action={action} method="get" aria-labelledby="time-control-title">
      <p id="time-control-title" className="time-control-title">
        See this page at another time
      </p>
      <div className="time-control-fields">
        <label>
          <span>What was true on</span>
          <input
            name="on"
            type="text"
            inputMode="numeric"
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
            defaultValue={time?.typed.on ?? ""}
            aria-describedby="time-control-on-help"
            maxLength={10}
          />
          <small id="time-control-on-help">Valid time: facts true then (embassies open, agreements in force).</small>
        </label>
        <label>
          <span>As Dyad published it on</span>
          <input
            name="asOf"
            type="text"
            placeholder="YYYY-MM-DD"
            defaultValue={asOfDay}
            aria-describedby="time-control-asof-help"
            maxLength={40}
          />
          <small id="time-control-asof-help">Transaction time: the page as it stood on our site then.</small>
        </label>
        <button type="submit">Show</button>
      </div>
      {time?.error && (
        <p className="time-control-error" role="alert">
          {time.error}
        </p>
      )}
    </form>
  );
}
