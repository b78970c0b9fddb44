const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function formatDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? "";
}

/** "12 September 2014", "12–14 September 2014", "January–March 2013", "2007–2015", "since 4 March 2016". */
export function formatValidTime(t: { start: string | null; end: string | null }): string {
  if (!t.start) return t.end ? `until ${formatDate(t.end)}` : "";
  if (!t.end) return `since ${formatDate(t.start)}`;
  if (t.start === t.end) return formatDate(t.start);
  const [sy, sm, sd] = t.start.split("-");
  const [ey, em, ed] = t.end.split("-");
  if (sy === ey && sd && ed && sm === em) return `${Number(sd)}–${formatDate(t.end)}`;
  if (sy === ey && sm && em && !sd && !ed) return `${MONTHS[Number(sm) - 1]}–${formatDate(t.end)}`;
  return `${formatDate(t.start)}–${formatDate(t.end)}`;
}
