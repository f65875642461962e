;;; flow.el --- Drives the Probity language server from Emacs's own eglot  -*- lexical-binding: t -*-
;;   emacs -nw --no-init-file -l flow.el   (in a terminal; the test gives it one with `script`)
;; with PROBITY_NODE, PROBITY_SERVER, PROBITY_DRAFT and PROBITY_OUT in the environment. The site
;; files stay on: through them Debian's elpa-eglot puts eglot on the load path.
;;
;; Not --batch, and no waiting inside a function: eglot sends a buffer's changes, and Flymake asks
;; for diagnostics, on idle timers, which fire only while Emacs's command loop waits for the user.
;; So the flow is a list of steps, each a condition to wait for and what to do then, and a timer
;; looks at the next one every 20 ms; between looks Emacs is idle, as between a writer's keystrokes.
;; Each step appends one line "PROBITY <step> <json>" to PROBITY_OUT for the vitest test to read; a
;; failure writes "PROBITY error …" and exits with status 1.

(require 'eglot)
(require 'flymake)
(require 'json)

(defvar probity-buffer nil "The draft's buffer.")
(defvar probity-tick nil "The buffer's modification tick before the code action.")
(defvar probity-offered nil "The code actions eglot offered, by title.")
(defvar probity-deadline nil "When the step being waited for times out.")

(defun probity-out (step data)
  (write-region (format "PROBITY %s %s\n" step (json-encode data)) nil (getenv "PROBITY_OUT") 'append 'silent))

(defun probity-diagnostics ()
  "Flymake's diagnostics as eglot made them: 1-based lines, columns in characters."
  (sort (mapcar (lambda (d)
                  (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                    (list (cons 'code (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code))
                          (cons 'line (line-number-at-pos beg))
                          (cons 'col (- beg (save-excursion (goto-char beg) (line-beginning-position))))
                          (cons 'endCol (- end (save-excursion (goto-char end) (line-beginning-position))))
                          (cons 'type (symbol-name (flymake-diagnostic-type d)))
                          (cons 'text (flymake-diagnostic-text d)))))
                (flymake-diagnostics))
        (lambda (a b) (< (cdr (assq 'line a)) (cdr (assq 'line b))))))

(defun probity-codes ()
  (mapcar (lambda (d) (cdr (assq 'code d))) (probity-diagnostics)))

(defun probity-lines ()
  (vconcat (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n")))

(defun probity-goto (line col)
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char col))

(defun probity-start ()
  (find-file (getenv "PROBITY_DRAFT"))
  (setq probity-buffer (current-buffer))
  (setq-default eglot-workspace-configuration '((:probity . (:jurisdiction "uk"))))
  (setq eglot-server-programs
        `((,major-mode . (,(getenv "PROBITY_NODE") ,(getenv "PROBITY_SERVER") "--stdio"))))
  (call-interactively #'eglot))

(defun probity-hover-and-fix ()
  ;; 1. Diagnostics, as Flymake holds them (eglot converts the server's UTF-16 columns).
  (probity-out "diagnostics" (list (cons 'items (vconcat (probity-diagnostics)))))
  ;; 2. Hover over the professionalism finding (line 5), the request eldoc makes.
  (probity-goto 5 20)
  (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
    (probity-out "hover" (list (cons 'value (plist-get (plist-get hover :contents) :value)))))
  ;; 3. The quick fix, picked from eglot's code-action menu as a user answers its prompt.
  (probity-goto 3 10) ; inside 'GLOW20', a character column after the emoji
  (setq probity-tick (buffer-modified-tick))
  (cl-letf (((symbol-function 'completing-read)
             (lambda (_prompt collection &rest _)
               (setq probity-offered (mapcar #'car collection))
               "Insert #AD at the start of the post")))
    (let ((last-nonmenu-event ?\r)) ; from the keyboard, so eglot asks in the minibuffer, not a mouse menu
      (eglot-code-actions (point) (point) nil t))))

(defun probity-edit ()
  (probity-out "codeaction" (list (cons 'offered (vconcat probity-offered))
                                  (cons 'lines (probity-lines))
                                  (cons 'codes (vconcat (probity-codes)))))
  ;; 4. An ordinary edit, which eglot sends as an incremental change once Emacs is idle.
  (probity-goto 5 18)
  (delete-region (point) (+ (point) (length "frequent flyers")))
  (insert "regular visitors"))

(defun probity-stop ()
  (probity-out "edited" (list (cons 'lines (probity-lines))))
  (set-buffer-modified-p nil)
  (let ((server (eglot-current-server)))
    (eglot-shutdown server)
    (probity-out "done" (list (cons 'server (if (jsonrpc-running-p server) "running" "stopped"))))))

(defvar probity-steps
  `(("Emacs to start" ,(lambda () t) probity-start)
    ("eglot to manage the draft and show two diagnostics"
     ,(lambda () (and (eglot-managed-p) (>= (length (flymake-diagnostics)) 2))) probity-hover-and-fix)
    ("the quick fix to change the buffer and ad-disclosure to go"
     ,(lambda () (and (/= probity-tick (buffer-modified-tick)) (flymake-diagnostics)
                      (not (member "ad-disclosure" (probity-codes)))))
     probity-edit)
    ("professionalism to go" ,(lambda () (null (flymake-diagnostics))) probity-stop))
  "Each step: what it waits for, the condition, and what to do once it holds.")

(defun probity-step ()
  (condition-case err
      (with-current-buffer (or probity-buffer (current-buffer))
        (let ((step (car probity-steps)))
          (cond ((null step) (kill-emacs 0))
                ((funcall (nth 1 step))
                 (pop probity-steps)
                 (setq probity-deadline (+ (float-time) 15))
                 (funcall (nth 2 step)))
                ((> (float-time) probity-deadline)
                 (error "timed out waiting for %s" (nth 0 step))))))
    (error
     (probity-out "error" (list (cons 'message (error-message-string err))))
     (kill-emacs 1))))

(setq probity-deadline (+ (float-time) 15))
(run-with-timer 0 0.02 #'probity-step)
