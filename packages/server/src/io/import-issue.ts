/** What an import tells the coordinator about one row (CSV) or one VEVENT (iCalendar). */

export interface RowIssue {
  /** 1-based line of the file: the spreadsheet's row, or the line of `BEGIN:VEVENT`. */
  line: number;
  message: string;
  /** The column as its header is written in the file (CSV), or the property (iCalendar). */
  column?: string | undefined;
  /**
   * `row`: the row was left out; `value`: only this value was dropped, the rest was imported;
   * `note`: imported, but worth a look (an unknown column, a time zone guessed).
   */
  effect: 'row' | 'value' | 'note';
}
